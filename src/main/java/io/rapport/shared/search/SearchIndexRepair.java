package io.rapport.shared.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index when it is missing or out of step with the database (a deleted index directory,
 * rows loaded by SQL), in the background after start-up; until it is done, search may miss records. Also
 * reports the index in {@code /actuator/health} as {@code searchIndex}.
 */
@Component("searchIndex")
class SearchIndexRepair implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRepair.class);

    private final EntityManagerFactory entityManagerFactory;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    SearchIndexRepair(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    private volatile Thread worker;

    @EventListener(ApplicationReadyEvent.class)
    void repairIfNeeded() {
        Thread thread = new Thread(this::repair, "search-index-repair");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    /** A rebuild still running at shutdown stops before the database goes; the next start finishes it. */
    @PreDestroy
    void stop() throws InterruptedException {
        Thread thread = worker;
        if (thread != null && thread.isAlive()) {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    private void repair() {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        mapping.allIndexedEntities().forEach(entity -> {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            Class<?> type = entity.javaClass();
            try (var entityManager = entityManagerFactory.createEntityManager()) {
                SearchSession session = Search.session(entityManager);
                long indexed = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
                long stored = entityManager
                        .createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                        .getSingleResult();
                if (indexed == stored) {
                    return;
                }
                log.info("Search index for {} holds {} of {} rows: rebuilding", entity.jpaName(), indexed, stored);
                rebuilding.set(true);
                session.massIndexer(type).threadsToLoadObjects(2).startAndWait();
                log.info("Search index for {} rebuilt", entity.jpaName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn(
                        "Search index for {} could not be rebuilt now; it is checked again at the next start: {}",
                        entity.jpaName(),
                        e.toString());
            } finally {
                rebuilding.set(false);
            }
        });
    }

    @Override
    public Health health() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            Health.Builder health = Health.up().withDetail("rebuilding", rebuilding.get());
            Search.mapping(entityManagerFactory)
                    .allIndexedEntities()
                    .forEach(entity -> health.withDetail(
                            entity.jpaName(),
                            session.search(entity.javaClass())
                                    .where(f -> f.matchAll())
                                    .fetchTotalHitCount()));
            return health.build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
