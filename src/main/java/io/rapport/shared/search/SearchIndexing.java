package io.rapport.shared.search;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * Puts records written by SQL (bulk inserts and updates, which Hibernate Search does not see) into the search
 * index when the current transaction commits. The transaction does not wait for the index to be written: bulk
 * work goes on with its next batch meanwhile, and a crash before the index is written is repaired at start-up.
 */
public final class SearchIndexing {

    private SearchIndexing() {}

    public static void addOrUpdate(EntityManager entityManager, Class<?> type, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        SearchSession session = Search.session(entityManager);
        session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        entityManager
                .createQuery(
                        "select e from "
                                + entityManager.getMetamodel().entity(type).getName() + " e where e.id in :ids",
                        type)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(entity -> session.indexingPlan().addOrUpdate(entity));
    }
}
