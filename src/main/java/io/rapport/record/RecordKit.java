package io.rapport.record;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.CurrentUser;
import io.rapport.identity.Visibility;
import io.rapport.shared.KeysetQuery;
import io.rapport.shared.record.CrmRecord;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.search.TextSearch;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Makes the record kit's parts for one record type; a record module's service keeps the ones it uses. */
@Component
public class RecordKit {

    private final EntityManager entityManager;
    private final Visibility visibility;
    private final CustomFieldDirectory customFields;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    RecordKit(
            EntityManager entityManager,
            Visibility visibility,
            CustomFieldDirectory customFields,
            ApplicationEventPublisher events,
            CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.customFields = customFields;
        this.events = events;
        this.currentUser = currentUser;
    }

    /**
     * Reads of the record type: lists sorted by its own sort keys or by every record's times (createdAt,
     * updatedAt, lastContactedAt, nextActivityAt), full text in the given index fields.
     */
    public <E extends CrmRecord> RecordStore<E> store(
            Class<E> entity,
            RecordType type,
            Map<String, KeysetQuery.SortKey<E>> ownSortKeys,
            TextSearch.Fields search) {
        Map<String, KeysetQuery.SortKey<E>> sortKeys = new HashMap<>(ownSortKeys);
        sortKeys.put("createdAt", KeysetQuery.SortKey.instant("createdAt", E::getCreatedAt));
        sortKeys.put("updatedAt", KeysetQuery.SortKey.instant("updatedAt", E::getUpdatedAt));
        sortKeys.put("lastContactedAt", KeysetQuery.SortKey.optionalInstant("lastContactedAt", E::getLastContactedAt));
        sortKeys.put("nextActivityAt", KeysetQuery.SortKey.optionalInstant("nextActivityAt", E::getNextActivityAt));
        return new RecordStore<>(
                entity,
                type,
                new KeysetQuery<>(entity, sortKeys, E::getId),
                search,
                entityManager,
                visibility,
                customFields);
    }

    /** The shared writes of the record type, published as its own event. */
    public <E extends CrmRecord> RecordLifecycle<E> lifecycle(
            Function<E, Map<String, Object>> snapshot, RecordLifecycle.Events<E> eventOf) {
        return new RecordLifecycle<>(snapshot, eventOf, events, currentUser);
    }
}
