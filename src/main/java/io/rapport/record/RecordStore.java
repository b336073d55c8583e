package io.rapport.record;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.AccessScope;
import io.rapport.identity.Visibility;
import io.rapport.shared.CursorPage;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.KeysetQuery;
import io.rapport.shared.PageRequest;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.filter.FilterCatalog;
import io.rapport.shared.filter.FilterFields;
import io.rapport.shared.filter.FilterPredicates;
import io.rapport.shared.record.CrmRecord;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.search.TextSearch;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads one record type for the signed-in user: every read passes the visibility check, so a record out of reach
 * is a 404 and lists leave it out. Made by {@link RecordKit#store}; the record module's service keeps it.
 *
 * @param <E> the record's entity
 */
public final class RecordStore<E extends CrmRecord> {

    private final Class<E> entity;
    private final RecordType type;
    private final KeysetQuery<E> keyset;
    private final TextSearch.Fields searchFields;
    private final EntityManager entityManager;
    private final Visibility visibility;
    private final CustomFieldDirectory customFields;

    RecordStore(
            Class<E> entity,
            RecordType type,
            KeysetQuery<E> keyset,
            TextSearch.Fields searchFields,
            EntityManager entityManager,
            Visibility visibility,
            CustomFieldDirectory customFields) {
        this.entity = entity;
        this.type = type;
        this.keyset = keyset;
        this.searchFields = searchFields;
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.customFields = customFields;
    }

    public RecordType type() {
        return type;
    }

    /** Whose records of this type the signed-in user may see. */
    public AccessScope scope() {
        return visibility.scopeFor(type.name());
    }

    /**
     * A page of the list: through the search index when it has full text, else a keyset page of the table with the
     * trash or the active records, the visible owners, the record type's own filters ({@code own}) and the filter
     * model; sorted by a fixed key or a custom field.
     */
    public CursorPage<E> list(ListQuery<?> query, PageRequest page, KeysetQuery.Filters<E> own) {
        AccessScope scope = scope();
        io.rapport.shared.filter.Filter where = query.where();
        if (query.q() != null && !query.q().isBlank()) {
            if (where != null) {
                throw new InvalidInputException("filter", "cannot be combined with q (full-text search) yet");
            }
            return TextSearch.search(
                    entityManager, entity, searchFields, query.q(), scope.ownerIds(), query.inTrash(), page);
        }
        return keyset.fetch(
                entityManager,
                (builder, root, predicates) -> {
                    predicates.add(
                            query.inTrash()
                                    ? builder.isNotNull(root.get("deletedAt"))
                                    : builder.isNull(root.get("deletedAt")));
                    if (!scope.isAll()) {
                        predicates.add(root.get("ownerId").in(scope.ownerIds()));
                    }
                    own.addTo(builder, root, predicates);
                    predicates.add(FilterPredicates.of(builder, root, where, filterFields()));
                },
                page,
                sort -> customFields.sortKey(type.name(), sort, CrmRecord::getCustomFields));
    }

    /** The fields a {@code filter=} may name: the type's own and its custom fields ({@code custom.<key>}). */
    public FilterFields filterFields() {
        return new FilterCatalog(type.filterFields(), name -> customFields.filterField(type.name(), name));
    }

    /** A record the user may see, in the trash or not; otherwise 404. */
    public E get(UUID id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException(type.name(), id));
    }

    public Optional<E> find(UUID id) {
        return Optional.ofNullable(entityManager.find(entity, id))
                .filter(record -> scope().permits(record.getOwnerId()));
    }

    /** The given records that the user may see. */
    public List<E> visible(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        AccessScope scope = scope();
        return entityManager
                .createQuery("select r from " + entity.getSimpleName() + " r where r.id in :ids", entity)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .filter(record -> scope.permits(record.getOwnerId()))
                .toList();
    }

    /** The record, for a change; in the trash it must be restored first. */
    public E getForChange(UUID id) {
        E record = get(id);
        if (record.isDeleted()) {
            throw new InvalidInputException("id", "the record is in the trash; restore it first");
        }
        return record;
    }
}
