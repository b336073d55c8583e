package io.rapport.shared.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
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
 * Brings the search index in step with the database in the background after start-up; until it is done, search
 * may miss records. Two checks per indexed type:
 *
 * <ul>
 *   <li>a count that differs from the table's (a deleted index directory, rows loaded by SQL): the type is
 *       rebuilt;
 *   <li>rows changed shortly before the index's last commit or after it: they are indexed again. Changes reach
 *       the index as they commit (strategy {@code read-sync}) but reach its files on disk only at its periodic
 *       commit, once a second; a crash (kill -9, power) loses the changes since, and this puts them back. The
 *       margin covers transactions that committed in the database a while before their index work ran (a
 *       long one, an import's batches queued behind each other).
 * </ul>
 *
 * Also reports the index in {@code /actuator/health} as {@code searchIndex}.
 */
@Component("searchIndex")
class SearchIndexRepair implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRepair.class);

    /** How long before the index's last commit a change may have committed in the database and still be missing. */
    private static final Duration MARGIN = Duration.ofMinutes(10);

    private static final int BATCH = 500;

    private final EntityManagerFactory entityManagerFactory;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    private final SearchIndexing indexing;

    SearchIndexRepair(EntityManagerFactory entityManagerFactory, SearchIndexing indexing) {
        this.entityManagerFactory = entityManagerFactory;
        this.indexing = indexing;
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

    void repair() {
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
                    reindexRecentChanges(entityManager, entity);
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

    /** Indexes again the rows changed since a margin before the index's last commit, if the type keeps change times. */
    private void reindexRecentChanges(EntityManager entityManager, SearchIndexedEntity<?> entity) {
        Optional<Instant> lastCommit = lastCommit(entity);
        boolean keepsChangeTimes = entityManager.getMetamodel().entity(entity.javaClass()).getAttributes().stream()
                .anyMatch(attribute -> attribute.getName().equals("updatedAt"));
        if (lastCommit.isEmpty() || !keepsChangeTimes) {
            return;
        }
        Instant since = lastCommit.get().minus(MARGIN);
        // A page of ids at a time, in id order: after a large import the rows changed in the margin may be a million.
        long indexedAgain = 0;
        UUID after = new UUID(0, 0); // the smallest in PostgreSQL's order (unsigned bytes), unlike Java's
        while (!Thread.currentThread().isInterrupted()) {
            List<UUID> changed = entityManager
                    .createQuery(
                            "select e.id from " + entity.jpaName()
                                    + " e where e.updatedAt >= :since and e.id > :after order by e.id",
                            UUID.class)
                    .setParameter("since", since)
                    .setParameter("after", after)
                    .setMaxResults(BATCH)
                    .getResultList();
            if (changed.isEmpty()) {
                break;
            }
            indexing.index(entity.javaClass(), changed);
            indexedAgain += changed.size();
            after = changed.get(changed.size() - 1);
        }
        if (indexedAgain > 0) {
            log.info(
                    "Search index for {}: {} rows changed since {} indexed again",
                    entity.jpaName(),
                    indexedAgain,
                    since);
        }
    }

    /** When the index's files were last committed: the time of its newest commit point ({@code segments_N}). */
    private Optional<Instant> lastCommit(SearchIndexedEntity<?> entity) {
        Object root = entityManagerFactory.getProperties().get("hibernate.search.backend.directory.root");
        if (root == null) {
            return Optional.empty();
        }
        Path directory =
                Path.of(root.toString(), entity.indexManager().descriptor().hibernateSearchName());
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith("segments_"))
                    .map(SearchIndexRepair::modified)
                    .max(Instant::compareTo);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
