package io.rapport.shared.search;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Puts records written by SQL (bulk inserts and updates, which Hibernate Search does not see) into the search
 * index when the current transaction commits, like the records written through JPA.
 */
public final class SearchIndexing {

    private SearchIndexing() {}

    public static void addOrUpdate(EntityManager entityManager, Class<?> type, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        SearchSession session = Search.session(entityManager);
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
