package io.rapport.company;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.AccessScope;
import io.rapport.identity.CurrentUser;
import io.rapport.identity.UserDirectory;
import io.rapport.record.RecordKit;
import io.rapport.record.RecordLifecycle;
import io.rapport.record.RecordStore;
import io.rapport.shared.BulkRecordEvent;
import io.rapport.shared.CursorPage;
import io.rapport.shared.Duplicate;
import io.rapport.shared.DuplicatePair;
import io.rapport.shared.FieldChange;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.KeysetQuery;
import io.rapport.shared.MergeRecord;
import io.rapport.shared.PageRequest;
import io.rapport.shared.RecordEvent.Action;
import io.rapport.shared.Text;
import io.rapport.shared.filter.FilterField;
import io.rapport.shared.filter.FilterField.Kind;
import io.rapport.shared.record.CommonFilterFields;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.search.TextSearch;
import io.rapport.shared.value.Countries;
import io.rapport.shared.value.PhoneNumbers;
import io.rapport.shared.value.WebAddresses;
import io.rapport.shared.value.WebDomains;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything done to companies, for the UI and the API alike; every read passes the visibility check. */
@Service
@Transactional
class CompanyService {

    private static final Map<String, KeysetQuery.SortKey<Company>> SORT_KEYS =
            Map.of("name", KeysetQuery.SortKey.text("name", Company::getName));

    private static final TextSearch.Fields SEARCH_FIELDS = new TextSearch.Fields(
            new String[] {"name"}, new String[] {"namePrefix", "domainPrefix", "tags", "customText"}, null);

    private static final int MOST_DUPLICATES = 10;

    static final List<FilterField> FILTER_FIELDS = CommonFilterFields.concat(
            List.of(
                    FilterField.of("name", Kind.TEXT, "name"),
                    FilterField.of("domain", Kind.TEXT, "domain"),
                    FilterField.of("industry", Kind.TEXT, "industry"),
                    FilterField.of("size", Kind.TEXT, "size"),
                    FilterField.of("annualRevenue", Kind.NUMBER, "annualRevenue"),
                    FilterField.of("phone", Kind.TEXT, "phoneE164")),
            CommonFilterFields.ADDRESS,
            List.of(FilterField.of("parentId", Kind.UUID, "parentId")),
            CommonFilterFields.RECORD);

    private final Companies companies;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final RecordStore<Company> store;
    private final RecordLifecycle<Company> lifecycle;
    private final UserDirectory userDirectory;
    private final ApplicationEventPublisher events;
    private final PhoneNumbers phoneNumbers;
    private final CompanyDuplicates duplicates;
    private final Validator validator;
    private final CustomFieldDirectory customFields;

    CompanyService(
            Companies companies,
            EntityManager entityManager,
            CurrentUser currentUser,
            RecordKit kit,
            RecordType companyType,
            UserDirectory userDirectory,
            ApplicationEventPublisher events,
            PhoneNumbers phoneNumbers,
            CompanyDuplicates duplicates,
            Validator validator,
            CustomFieldDirectory customFields) {
        this.companies = companies;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.store = kit.store(Company.class, companyType, SORT_KEYS, SEARCH_FIELDS);
        this.lifecycle = kit.lifecycle(
                Company::snapshot,
                (company, action, actorId, changes) ->
                        new CompanyChanged(company.getId(), action, actorId, changes, company.getName()));
        this.userDirectory = userDirectory;
        this.events = events;
        this.phoneNumbers = phoneNumbers;
        this.duplicates = duplicates;
        this.validator = validator;
        this.customFields = customFields;
    }

    @Transactional(readOnly = true)
    CursorPage<Company> list(CompanyQuery query, PageRequest page) {
        return store.list(query, page, (builder, root, predicates) -> {
            KeysetQuery.addEqualsIgnoringCase(builder, root.get("industry"), query.industry(), predicates);
            KeysetQuery.addEqualsIgnoringCase(
                    builder, root.get("address").get("country"), Countries.codeOrAsGiven(query.country()), predicates);
            KeysetQuery.addEqualsIgnoringCase(builder, root.get("address").get("city"), query.city(), predicates);
            KeysetQuery.addEquals(builder, root.get("size"), blankToNull(query.size()), predicates);
            KeysetQuery.addArrayContains(builder, root.get("tags"), query.tag(), predicates);
            KeysetQuery.addEquals(builder, root.get("ownerId"), query.ownerId(), predicates);
            KeysetQuery.addEquals(builder, root.get("parentId"), query.parentId(), predicates);
            KeysetQuery.addEquals(builder, root.get("importId"), query.importId(), predicates);
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A company the user may see, in the trash or not; otherwise 404. */
    @Transactional(readOnly = true)
    Company get(UUID id) {
        return store.get(id);
    }

    @Transactional(readOnly = true)
    Optional<Company> find(UUID id) {
        return store.find(id);
    }

    @Transactional(readOnly = true)
    List<Company> children(UUID id) {
        AccessScope scope = store.scope();
        return companies.findByParentIdAndDeletedAtIsNullOrderByName(id).stream()
                .filter(child -> scope.permits(child.getOwnerId()))
                .toList();
    }

    Company create(CompanyInput input) {
        Company company = new Company(Ids.newId());
        Normalised normalised = validate(input, currentUser.get().id(), company.getId(), null);
        company.apply(normalised.input(), normalised.phoneE164());
        // persist, not save: with an assigned id Spring Data would merge, returning another instance.
        entityManager.persist(company);
        lifecycle.created(company);
        return company;
    }

    /** See {@link CompanyDirectory#findOrCreate}; the companies it had to create are marked. */
    Map<CompanyReference, CompanyLink> findOrCreate(Collection<CompanyReference> references, UUID importId) {
        if (references.isEmpty()) {
            return Map.of();
        }
        AccessScope scope = store.scope();
        Map<String, Company> byDomain = new HashMap<>();
        Map<String, Company> byName = new HashMap<>();
        List<String> names = references.stream()
                .map(CompanyReference::nameKey)
                .filter(Objects::nonNull)
                .toList();
        List<String> domains = references.stream()
                .map(CompanyReference::domain)
                .filter(Objects::nonNull)
                .toList();
        for (Company company :
                companies.findActiveByNamesOrDomains(names.toArray(new String[0]), domains.toArray(new String[0]))) {
            if (scope.permits(company.getOwnerId())) {
                if (company.getDomain() != null) {
                    byDomain.putIfAbsent(company.getDomain(), company);
                }
                byName.putIfAbsent(company.getName().toLowerCase(Locale.ROOT), company);
            }
        }
        Map<CompanyReference, CompanyLink> found = new HashMap<>();
        Set<UUID> created = new LinkedHashSet<>();
        for (CompanyReference reference : references) {
            Company company = reference.domain() == null ? null : byDomain.get(reference.domain());
            if (company == null && reference.nameKey() != null) {
                company = byName.get(reference.nameKey());
            }
            if (company != null) {
                found.put(
                        reference,
                        new CompanyLink(company.getId(), company.getName(), created.contains(company.getId())));
                continue;
            }
            company = new Company(Ids.newId());
            Normalised checked = check(
                    CompanyInput.forMatching(
                            reference.name() == null ? reference.domain() : reference.name(),
                            null,
                            reference.domain(),
                            null,
                            null),
                    currentUser.get().id(),
                    null);
            if (!checked.problems().isEmpty()) {
                found.put(reference, CompanyLink.refused(FieldProblem.describe(checked.problems())));
                continue;
            }
            company.apply(checked.input(), checked.phoneE164());
            company.importedBy(importId);
            entityManager.persist(company);
            created.add(company.getId());
            byName.put(company.getName().toLowerCase(Locale.ROOT), company);
            if (company.getDomain() != null) {
                byDomain.put(company.getDomain(), company);
            }
            found.put(reference, new CompanyLink(company.getId(), company.getName(), true));
        }
        // One audit statement for all of them: an import may name thousands of companies that do not exist yet.
        events.publishEvent(new BulkRecordEvent(
                CompanyChanged.RECORD_TYPE,
                List.copyOf(created),
                Action.CREATED,
                currentUser.get().id(),
                List.of(new FieldChange("importId", null, importId.toString()))));
        return found;
    }

    Company update(UUID id, CompanyInput input) {
        return update(id, current -> input);
    }

    /** Changes a company to what {@code change} makes of its fields as they are (a merge patch), in one transaction. */
    Company update(UUID id, UnaryOperator<CompanyInput> change) {
        Company company = store.getForChange(id);
        Map<String, Object> before = company.snapshot();
        Normalised normalised =
                validate(change.apply(company.toInput()), company.getOwnerId(), id, company.getCustomFields());
        company.apply(normalised.input(), normalised.phoneE164());
        publish(company, Action.UPDATED, before);
        return company;
    }

    void delete(UUID id) {
        lifecycle.trash(get(id));
    }

    Company restore(UUID id) {
        return lifecycle.restore(get(id));
    }

    private void publish(Company company, Action action, Map<String, Object> before, FieldChange... extra) {
        lifecycle.publish(company, action, before, extra);
    }

    /** A merge's survivor takes the combined fields, checked like an edit; its history names the merge and the merged companies. */
    void absorb(Company survivor, CompanyInput combined, MergeRecord merge) {
        Map<String, Object> before = survivor.snapshot();
        Normalised normalised = validate(combined, survivor.getOwnerId(), survivor.getId(), survivor.getCustomFields());
        survivor.apply(normalised.input(), normalised.phoneE164());
        publish(survivor, Action.MERGED, before, merge.historyChanges());
    }

    void mergedInto(Company merged, UUID survivorId) {
        lifecycle.mergedInto(merged, survivorId);
    }

    /** The ids of a company's parent, its parent's parent, and so on. */
    Set<UUID> ancestors(Company company) {
        Set<UUID> ancestors = new LinkedHashSet<>();
        UUID current = company.getParentId();
        while (current != null && ancestors.add(current)) {
            current = companies.findById(current).map(Company::getParentId).orElse(null);
        }
        return ancestors;
    }

    /** A child company follows its parent into the survivor of a merge, or back out at its undo. */
    void moveUnder(Company child, UUID parentId) {
        Map<String, Object> before = child.snapshot();
        child.moveUnder(parentId);
        publish(child, Action.UPDATED, before);
    }

    /** Takes a merge back: the survivor's fields from before it, the merged companies out of the trash. */
    void unmerge(Company survivor, CompanyInput survivorBefore, List<Company> merged) {
        Map<String, Object> before = survivor.snapshot();
        merged.forEach(lifecycle::unmerged);
        Normalised normalised =
                validate(survivorBefore, survivor.getOwnerId(), survivor.getId(), survivor.getCustomFields());
        survivor.apply(normalised.input(), normalised.phoneE164());
        publish(survivor, Action.MERGE_UNDONE, before);
    }

    /** See {@link CompanyDirectory#trashCreatedBy}; page by page through the import's companies, by id. */
    int trashCreatedBy(UUID importId, Function<Collection<UUID>, Set<UUID>> inUse) {
        List<UUID> trashed = new ArrayList<>();
        UUID after = new UUID(0, 0); // the smallest in PostgreSQL's (unsigned) order of uuids
        for (List<Company> page =
                        companies.findTop1000ByImportIdAndDeletedAtIsNullAndIdGreaterThanOrderById(importId, after);
                !page.isEmpty();
                page = companies.findTop1000ByImportIdAndDeletedAtIsNullAndIdGreaterThanOrderById(importId, after)) {
            Set<UUID> kept = inUse.apply(page.stream().map(Company::getId).toList());
            page.stream().filter(company -> !kept.contains(company.getId())).forEach(company -> {
                company.moveToTrash();
                trashed.add(company.getId());
            });
            after = page.get(page.size() - 1).getId();
        }
        events.publishEvent(new BulkRecordEvent(
                CompanyChanged.RECORD_TYPE,
                trashed,
                Action.DELETED,
                currentUser.get().id(),
                List.of(new FieldChange("importUndone", null, importId.toString()))));
        return trashed.size();
    }

    /** Likely duplicate pairs across the base, best first, both of each pair visible to the user. */
    @Transactional(readOnly = true)
    List<DuplicatePair> duplicatePairs(int limit) {
        AccessScope scope = store.scope();
        return duplicates.acrossBase().stream()
                .filter(pair -> scope.permits(pair.first().ownerId())
                        && scope.permits(pair.second().ownerId()))
                .limit(limit)
                .map(pair -> new DuplicatePair(side(pair.first()), side(pair.second()), pair.score(), pair.reasons()))
                .toList();
    }

    private static DuplicatePair.Side side(CompanyDuplicates.Row row) {
        return new DuplicatePair.Side(row.id(), row.name(), row.domain());
    }

    /** The likely duplicates of a company as entered so far, best first, among those the user may see. */
    @Transactional(readOnly = true)
    List<Duplicate> duplicatesOf(CompanyInput input, UUID companyId) {
        Normalised normalised = normalise(input, null);
        CompanyInput entered = normalised.input();
        return duplicates
                .of(
                        new CompanyDuplicates.Row(
                                companyId, entered.name(), entered.domain(), normalised.phoneE164(), null),
                        store.scope())
                .stream()
                .limit(MOST_DUPLICATES)
                .toList();
    }

    /**
     * The checks that need no other record, for one company or an import batch: Bean Validation (sizes), then,
     * after normalising, readable values, a name and a size band. Problems are returned, not thrown.
     */
    Normalised check(CompanyInput raw, UUID defaultOwner, Map<String, Object> storedCustomFields) {
        Normalised normalised = normalise(raw, defaultOwner);
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(raw)));
        problems.addAll(normalised.problems());
        CustomFieldDirectory.Checked custom = customFields.check(
                CompanyChanged.RECORD_TYPE,
                raw.customFields(),
                storedCustomFields,
                normalised.input().country(),
                storedCustomFields == null);
        problems.addAll(custom.problems());
        CompanyInput input = normalised.input().withCustomFields(custom.values());
        if (input.name() == null) {
            problems.add(new FieldProblem("name", "must not be blank"));
        }
        if (input.size() != null && !CompanySize.isLabel(input.size())) {
            problems.add(new FieldProblem(
                    "size", "must be one of 1-10, 11-50, 51-200, 201-500, 501-1000, 1001-5000, 5001+"));
        }
        return new Normalised(input, normalised.phoneE164(), problems);
    }

    /** An import's new company, checked by the import; marked with it so the import can be undone. */
    Company importCreate(CompanyInput input, UUID importId) {
        Company company = create(input);
        company.importedBy(importId);
        return company;
    }

    /** An import's change to a company (or its undo), checked by the import; recorded like an edit. */
    void importUpdate(Company company, CompanyInput input) {
        Map<String, Object> before = company.snapshot();
        Normalised normalised = normalise(input, company.getOwnerId());
        company.apply(normalised.input(), normalised.phoneE164());
        publish(company, Action.UPDATED, before);
    }

    /** A company's input in its one stored form, its phone in E.164, and the values that could not be read. */
    record Normalised(CompanyInput input, String phoneE164, List<FieldProblem> problems) {}

    private Normalised normalise(CompanyInput input, UUID defaultOwner) {
        List<FieldProblem> problems = new ArrayList<>();
        String typedWebsite = Text.clean(input.website());
        String website = WebAddresses.normalise(typedWebsite).orElse(null);
        if (website == null && typedWebsite != null) {
            problems.add(new FieldProblem("website", WebAddresses.PROBLEM));
        }
        String domain =
                WebDomains.of(input.domain() == null ? website : input.domain()).orElse(null);
        if (domain == null && input.domain() != null) {
            problems.add(new FieldProblem("domain", "is not a domain name, such as acme.com"));
        }
        String country = Countries.normalise(Text.clean(input.country()), "country", problems);
        String phone = PhoneNumbers.asTyped(Text.clean(input.phone()));
        String phoneE164 =
                phoneNumbers.normalise(phone, country, "phone", problems).orElse(null);
        CompanyInput normalised = new CompanyInput(
                Text.clean(input.name()),
                website,
                domain,
                Text.clean(input.industry()),
                Text.clean(input.size()),
                input.annualRevenue(),
                phone,
                Text.clean(input.street()),
                Text.clean(input.postalCode()),
                Text.clean(input.city()),
                Text.clean(input.region()),
                country,
                input.parentId(),
                input.ownerId() == null ? defaultOwner : input.ownerId(),
                Text.cleanList(input.tags()),
                input.customFields());
        return new Normalised(normalised, phoneE164, problems);
    }

    /**
     * Normalises the input and checks the rules Bean Validation cannot see: readable values, references to other
     * records and the size list.
     */
    private Normalised validate(
            CompanyInput raw, UUID defaultOwner, UUID companyId, Map<String, Object> storedCustomFields) {
        Normalised normalised = check(raw, defaultOwner, storedCustomFields);
        List<FieldProblem> problems = new ArrayList<>(normalised.problems());
        CompanyInput input = normalised.input();
        if (!userDirectory.isActiveUser(input.ownerId())) {
            problems.add(new FieldProblem("ownerId", "is not an active user"));
        }
        if (input.parentId() != null) {
            checkParent(input.parentId(), companyId, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return normalised;
    }

    private void checkParent(UUID parentId, UUID companyId, List<FieldProblem> problems) {
        Set<UUID> seen = new HashSet<>();
        UUID current = parentId;
        while (current != null) {
            if (current.equals(companyId)) {
                problems.add(new FieldProblem("parentId", "would make the company its own ancestor"));
                return;
            }
            if (!seen.add(current)) {
                return;
            }
            Company ancestor = companies.findById(current).orElse(null);
            if (ancestor == null || (current.equals(parentId) && ancestor.isDeleted())) {
                problems.add(new FieldProblem("parentId", "is not a known company"));
                return;
            }
            current = ancestor.getParentId();
        }
    }
}
