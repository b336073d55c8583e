package io.rapport.company;

import io.rapport.identity.AccessScope;
import io.rapport.identity.Visibility;
import io.rapport.record.ListQuery;
import io.rapport.shared.PageRequest;
import io.rapport.shared.RecordAccess;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The company module's public face: look-ups and search for other modules, always within visibility. */
@Component
@Transactional(readOnly = true)
public class CompanyDirectory implements RecordAccess {

    private final CompanyService service;
    private final Companies companies;
    private final Visibility visibility;
    private final JdbcClient jdbc;
    private final CompanyBulkCreation bulkCreation;

    CompanyDirectory(
            CompanyService service,
            Companies companies,
            Visibility visibility,
            JdbcClient jdbc,
            CompanyBulkCreation bulkCreation) {
        this.service = service;
        this.companies = companies;
        this.visibility = visibility;
        this.jdbc = jdbc;
        this.bulkCreation = bulkCreation;
    }

    /**
     * Creates many companies at once (demo data, records carried over from elsewhere), owned by the signed-in user
     * unless they say otherwise: each is checked like a form's input, and a problem with any of them (its field
     * prefixed by its index, {@code [3].country}) creates none. Written by SQL in a few statements, audited in one,
     * indexed for search after commit. No duplicate check. Returns their ids, in order.
     */
    @Transactional
    public List<UUID> createAll(List<NewCompany> companies) {
        return bulkCreation.createAll(companies);
    }

    /** Whether there is no company at all, in the trash or not (a new installation). */
    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from company)")
                .query(Boolean.class)
                .single();
    }

    /** The active companies the signed-in user may see whose domain is one of these (an email's domains). */
    public List<UUID> findByDomains(Collection<String> domains) {
        if (domains.isEmpty()) {
            return List.of();
        }
        AccessScope scope = visibility.scopeFor(CompanyChanged.RECORD_TYPE);
        return jdbc
                .sql("select id, owner_id from company where deleted_at is null and domain in (:domains) limit 20")
                .param("domains", domains)
                .query((rs, row) -> scope.permits(rs.getObject(2, UUID.class)) ? rs.getObject(1, UUID.class) : null)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * The company's name as it is now, whoever asks: for listeners that run after the change, as no one, to copy
     * it (contacts carry their company's name).
     */
    public Optional<String> currentName(UUID id) {
        return companies.findById(id).map(Company::getName);
    }

    /** A company the signed-in user may see and that is not in the trash. */
    public Optional<CompanySummary> findActive(UUID id) {
        return companies
                .findById(id)
                .filter(company -> !company.isDeleted())
                .filter(company ->
                        visibility.scopeFor(CompanyChanged.RECORD_TYPE).permits(company.getOwnerId()))
                .map(CompanySummary::of);
    }

    /** Summaries of the given companies that the user may see, by id. */
    public Map<UUID, CompanySummary> summaries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        AccessScope scope = visibility.scopeFor(CompanyChanged.RECORD_TYPE);
        return companies.findByIdIn(ids).stream()
                .filter(company -> scope.permits(company.getOwnerId()))
                .collect(Collectors.toMap(Company::getId, CompanySummary::of));
    }

    /**
     * What {@link #summaries} gives, read by plain SQL: for many companies at once (a bulk load of contacts), whose
     * entities would otherwise stay in the transaction and be dirty-checked at every flush.
     */
    public Map<UUID, CompanySummary> summariesInBulk(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        AccessScope scope = visibility.scopeFor(CompanyChanged.RECORD_TYPE);
        Map<UUID, CompanySummary> found = new HashMap<>();
        jdbc.sql("select id, name, domain, deleted_at is not null, owner_id from company where id = any(?)")
                .param(ids.toArray(new UUID[0]))
                .query((rs, row) -> {
                    if (scope.permits(rs.getObject(5, UUID.class))) {
                        UUID id = rs.getObject(1, UUID.class);
                        found.put(id, new CompanySummary(id, rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                    }
                    return null;
                })
                .list();
        return found;
    }

    /**
     * For imports: the companies the rows name, found by domain, else by name ignoring case, among those the user
     * may see and not in the trash; created (owned by the user, marked with the import, audited together) when there is none, unless
     * their checks fail (a required custom field): then the link says why.
     */
    @Transactional
    public Map<CompanyReference, CompanyLink> findOrCreate(Collection<CompanyReference> references, UUID importId) {
        return service.findOrCreate(references, importId);
    }

    /**
     * For the undo of an import that created companies (a contact import naming new ones): moves them to the
     * trash, all but those {@code inUse} keeps (the contact module says which still have contacts). Returns how
     * many went.
     */
    @Transactional
    public int trashCreatedBy(UUID importId, Function<Collection<UUID>, Set<UUID>> inUse) {
        return service.trashCreatedBy(importId, inUse);
    }

    public List<CompanySummary> search(String q, int limit) {
        return service
                .list(ListQuery.search(CompanyQuery.class, q), new PageRequest(limit, null, "name", false))
                .items()
                .stream()
                .map(CompanySummary::of)
                .toList();
    }

    @Override
    public String recordType() {
        return CompanyChanged.RECORD_TYPE;
    }

    @Override
    public Optional<String> nameOf(UUID id) {
        return Optional.ofNullable(summaries(List.of(id)).get(id)).map(CompanySummary::name);
    }

    @Override
    public boolean isVisible(UUID id) {
        return companies
                .findById(id)
                .filter(company ->
                        visibility.scopeFor(CompanyChanged.RECORD_TYPE).permits(company.getOwnerId()))
                .isPresent();
    }
}
