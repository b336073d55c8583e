package io.rapport.shared.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts records written by SQL (bulk inserts and updates, which Hibernate Search does not see) into the search
 * index once the transaction that wrote them has committed, on a thread of its own: bulk work goes on with its
 * next batch meanwhile. Records whose indexing a crash cut short are found by the index check at start-up.
 */
@Component
public class SearchIndexing {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final EntityManagerFactory entityManagerFactory;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-indexing");
        thread.setDaemon(true);
        return thread;
    });

    SearchIndexing(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Indexes the records after the current transaction commits; nothing if it rolls back. */
    public void addOrUpdateAfterCommit(Class<?> type, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<UUID> copy = new ArrayList<>(ids);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.submit(() -> index(type, copy));
            }
        });
    }

    /** Indexes the records now, on the caller's thread; a failure is logged, and the next start's check repairs it. */
    void index(Class<?> type, List<UUID> ids) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            entityManager.getTransaction().begin();
            SearchSession session = Search.session(entityManager);
            entityManager
                    .createQuery(
                            "select e from "
                                    + entityManager.getMetamodel().entity(type).getName() + " e where e.id in :ids",
                            type)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(entity -> session.indexingPlan().addOrUpdate(entity));
            entityManager.getTransaction().commit();
        } catch (RuntimeException e) {
            log.warn(
                    "Indexing {} {} records failed; the index check at the next start repairs it: {}",
                    ids.size(),
                    type.getSimpleName(),
                    e.toString());
        }
    }

    /**
     * Waits until the records of every transaction committed so far are in the index (and searchable: strategy
     * {@code read-sync} refreshes the index's readers before the indexing transaction's commit returns). The work runs in order on one thread, so a marker
     * queued now runs after all of it. Bulk work calls this before it says it is done: an import whose last rows a
     * search cannot find yet is not done for the user who searches for them.
     */
    public void awaitQueued(Duration atMost) {
        try {
            executor.submit(() -> {}).get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            log.warn("Gave up waiting for search indexing after {}: {}", atMost, e.toString());
        }
    }

    /** Lets queued indexing finish before the database goes away. */
    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
