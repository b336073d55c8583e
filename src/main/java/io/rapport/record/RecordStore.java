package io.rapport.record;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.AccessScope;
import io.rapport.identity.Visibility;
import io.rapport.shared.Cursor;
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
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads one record type for the signed-in user: every read passes the visibility check, so a record out of reach
 * is a 404 and lists leave it out. Made by {@link RecordKit#store}; the record module's service keeps it.
 *
 * @param <E> the record's entity
 */
public final class RecordStore<E extends CrmRecord> {

    /** How many search hits a full-text list with filters checks against the table at a time. */
    private static final int SEARCH_CHUNK = 500;

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
     * A page of the list of the trash or the active records, the visible owners, the record type's own filters
     * ({@code own}) and the filter model: a keyset page of the table sorted by a fixed key or a custom field; with
     * full text, the search index's hits by relevance, those the filters keep.
     */
    public CursorPage<E> list(ListQuery<?> query, PageRequest page, KeysetQuery.Filters<E> own) {
        AccessScope scope = scope();
        io.rapport.shared.filter.Filter where = query.where();
        KeysetQuery.Filters<E> filters = (builder, root, predicates) -> {
            predicates.add(
                    query.inTrash() ? builder.isNotNull(root.get("deletedAt")) : builder.isNull(root.get("deletedAt")));
            if (!scope.isAll()) {
                predicates.add(root.get("ownerId").in(scope.ownerIds()));
            }
            own.addTo(builder, root, predicates);
            predicates.add(FilterPredicates.of(builder, root, where, filterFields()));
        };
        if (query.q() != null && !query.q().isBlank()) {
            // The index knows the trash and the owners itself; only further filters need the table.
            return where == null && !filters(own)
                    ? TextSearch.search(
                            entityManager, entity, searchFields, query.q(), scope.ownerIds(), query.inTrash(), page)
                    : searchFiltered(query.q(), filters, scope, query.inTrash(), page);
        }
        return keyset.fetch(
                entityManager,
                filters,
                page,
                sort -> customFields.sortKey(type.name(), sort, CrmRecord::getCustomFields));
    }

    /** Whether the record type's own filters filter anything for this query. */
    private boolean filters(KeysetQuery.Filters<E> own) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        List<Predicate> predicates = new ArrayList<>();
        own.addTo(builder, builder.createQuery(entity).from(entity), predicates);
        return !predicates.isEmpty();
    }

    /**
     * Full text and the table's filters together: the index's hits in order of relevance, a chunk at a time, kept
     * where the filters pass, until the page (offset-paged like a plain search) is full. The index cannot evaluate
     * the filter model, and the table cannot rank by relevance.
     */
    private CursorPage<E> searchFiltered(
            String q, KeysetQuery.Filters<E> filters, AccessScope scope, boolean trash, PageRequest page) {
        int offset = page.cursor() == null ? 0 : page.cursor().offset();
        List<UUID> matching = new ArrayList<>();
        for (int from = 0; matching.size() <= offset + page.limit(); from += SEARCH_CHUNK) {
            List<UUID> hits =
                    TextSearch.ids(entityManager, entity, searchFields, q, scope.ownerIds(), trash, from, SEARCH_CHUNK);
            Set<UUID> passing = passing(hits, filters);
            hits.stream().filter(passing::contains).forEach(matching::add);
            if (hits.size() < SEARCH_CHUNK) {
                break;
            }
        }
        List<UUID> ids =
                matching.subList(Math.min(offset, matching.size()), Math.min(offset + page.limit(), matching.size()));
        Map<UUID, E> records = new HashMap<>();
        visible(ids).forEach(record -> records.put(record.getId(), record));
        List<E> items = ids.stream().map(records::get).filter(Objects::nonNull).toList();
        return new CursorPage<>(
                items,
                matching.size() > offset + page.limit()
                        ? Cursor.atOffset(offset + page.limit()).encode()
                        : null);
    }

    /** Those of the ids whose records pass the filters. */
    private Set<UUID> passing(List<UUID> ids, KeysetQuery.Filters<E> filters) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<UUID> query = builder.createQuery(UUID.class);
        Root<E> root = query.from(entity);
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(root.get("id").in(ids));
        filters.addTo(builder, root, predicates);
        query.select(root.get("id")).where(predicates.toArray(Predicate[]::new));
        return new HashSet<>(entityManager.createQuery(query).getResultList());
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
