package io.rapport.contact;

import io.rapport.company.CompanyDirectory;
import io.rapport.company.CompanyLink;
import io.rapport.company.CompanyReference;
import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.AccessScope;
import io.rapport.identity.Visibility;
import io.rapport.shared.BulkRecordEvent;
import io.rapport.shared.FieldChange;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.RecordEvent.Action;
import io.rapport.shared.imports.BatchOutcome;
import io.rapport.shared.imports.BatchOutcome.RowFailure;
import io.rapport.shared.imports.ImportField;
import io.rapport.shared.imports.ImportRow;
import io.rapport.shared.imports.ImportSettings;
import io.rapport.shared.imports.ImportSettings.DuplicatePolicy;
import io.rapport.shared.imports.ImportTarget;
import io.rapport.shared.imports.RowPreview;
import io.rapport.shared.search.SearchIndexing;
import io.rapport.shared.value.PhoneNumbers;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports contacts: each row read ({@link ContactImportRow}), checked and normalised like a form or API input,
 * matched against existing contacts (and earlier rows of its batch) on the import's key, then created in one
 * statement per batch, or used to update the contact it matches, or skipped, as the import's policy says.
 */
@Component
class ContactImportTarget implements ImportTarget<ContactImportTarget.Checked> {

    private static final int UNDO_CHUNK = 1_000;
    private static final int MOST_KNOWN_COMPANIES = 100_000;

    /** Companies found by the import running now (imports run one at a time). */
    private final Map<CompanyReference, CompanyLink> knownCompanies = new HashMap<>();

    private UUID knownCompaniesOf;

    private final ContactService service;
    private final ContactBulkWriter writer;
    private final Contacts contacts;
    private final CompanyDirectory companies;
    private final CustomFieldDirectory customFields;
    private final Visibility visibility;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final SearchIndexing searchIndexing;

    ContactImportTarget(
            ContactService service,
            ContactBulkWriter writer,
            Contacts contacts,
            CompanyDirectory companies,
            CustomFieldDirectory customFields,
            Visibility visibility,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            SearchIndexing searchIndexing) {
        this.service = service;
        this.writer = writer;
        this.contacts = contacts;
        this.companies = companies;
        this.customFields = customFields;
        this.visibility = visibility;
        this.events = events;
        this.entityManager = entityManager;
        this.searchIndexing = searchIndexing;
    }

    @Override
    public String recordType() {
        return ContactChanged.RECORD_TYPE;
    }

    @Override
    public List<ImportField> fields() {
        return ContactImportRow.fields(customFields.fields(ContactChanged.RECORD_TYPE));
    }

    @Override
    public List<RowPreview> preview(List<ImportRow> rows, ImportSettings settings) {
        Plan plan = plan(check(rows, settings), settings);
        return plan.rows.stream().map(Planned::preview).toList();
    }

    /** Rows read, checked and normalised, with their matching keys; nothing matched yet. */
    record Checked(List<Planned> rows) {}

    @Override
    public Checked check(List<ImportRow> rows, ImportSettings settings) {
        List<Planned> planned = new ArrayList<>();
        for (ImportRow row : rows) {
            ContactImportRow read = ContactImportRow.of(row);
            ContactNormaliser.Normalised checked = service.check(read.input(), settings.actorId(), null);
            List<FieldProblem> problems = new ArrayList<>(read.problems());
            problems.addAll(checked.problems());
            planned.add(new Planned(row.number(), read, checked, problems, keys(settings, read, checked)));
        }
        return new Checked(planned);
    }

    @Override
    public BatchOutcome write(Checked checked, ImportSettings settings) {
        Plan plan = plan(checked, settings);
        List<RowFailure> failures = new ArrayList<>();
        Map<CompanyReference, CompanyLink> linked = companies(plan.companyReferences(), settings.importId());
        // Companies created through JPA must be in the database before the contacts' SQL insert refers to them.
        entityManager.flush();
        List<ContactBulkWriter.NewContact> created = new ArrayList<>();
        int skipped = 0;
        for (Planned row : plan.rows) {
            row.refuseCompany(linked);
            if (row.outcome == Outcome.FAIL) {
                failures.add(new RowFailure(row.number, row.reason()));
            } else if (row.outcome == Outcome.SKIP || row.outcome == Outcome.MERGED) {
                skipped++;
            } else if (row.outcome == Outcome.CREATE) {
                created.add(row.asNew(linked));
            }
        }
        writer.insert(created, settings.importId());
        List<UUID> createdIds =
                created.stream().map(ContactBulkWriter.NewContact::id).toList();
        int updated = update(plan, linked, settings, failures);
        searchIndexing.addOrUpdateAfterCommit(Contact.class, createdIds);
        events.publishEvent(new BulkRecordEvent(
                ContactChanged.RECORD_TYPE,
                createdIds,
                Action.CREATED,
                settings.actorId(),
                List.of(new FieldChange("importId", null, settings.importId().toString()))));
        return new BatchOutcome(created.size(), updated, skipped, failures, unverifiedPhones(plan, failures));
    }

    /** The rows written (created or updated, not failed) with a phone kept as typed. */
    private static List<Long> unverifiedPhones(Plan plan, List<RowFailure> failures) {
        Set<Long> failed = failures.stream().map(RowFailure::number).collect(Collectors.toSet());
        return plan.rows.stream()
                .filter(row -> row.outcome == Outcome.CREATE || row.outcome == Outcome.UPDATE)
                .filter(row -> !failed.contains(row.number))
                .filter(row -> !row.checked.phonesE164().stream().allMatch(PhoneNumbers::isVerified))
                .map(row -> row.number)
                .toList();
    }

    @Override
    public long undo(ImportSettings settings) {
        Map<UUID, ContactInput> before = writer.undoLog().take(settings.importId(), UNDO_CHUNK);
        for (Contact contact : contacts.findAllById(before.keySet())) {
            ContactNormaliser.Normalised restored =
                    service.check(before.get(contact.getId()), contact.getOwnerId(), contact.getCustomFields());
            service.importUpdate(contact, restored, null);
        }
        List<UUID> trashed = writer.trashCreated(settings.importId(), UNDO_CHUNK);
        searchIndexing.addOrUpdateAfterCommit(Contact.class, trashed);
        events.publishEvent(new BulkRecordEvent(
                ContactChanged.RECORD_TYPE,
                trashed,
                Action.DELETED,
                settings.actorId(),
                List.of(new FieldChange(
                        "importUndone", null, settings.importId().toString()))));
        if (before.isEmpty() && trashed.isEmpty()) {
            // The contacts are done; the companies the import created go too, unless contacts still work there.
            return companies.trashCreatedBy(settings.importId(), writer::companiesInUse);
        }
        return before.size() + (long) trashed.size();
    }

    /**
     * The companies the rows name. Those that existed before the batch are remembered for the rest of the import,
     * so a file naming the same companies again and again looks each up once; those the batch creates are not,
     * since a rollback of the batch would take them back.
     */
    private Map<CompanyReference, CompanyLink> companies(Set<CompanyReference> references, UUID importId) {
        if (!importId.equals(knownCompaniesOf) || knownCompanies.size() > MOST_KNOWN_COMPANIES) {
            knownCompanies.clear();
            knownCompaniesOf = importId;
        }
        Map<CompanyReference, CompanyLink> linked = new HashMap<>();
        Set<CompanyReference> unknown = new LinkedHashSet<>();
        for (CompanyReference reference : references) {
            CompanyLink known = knownCompanies.get(reference);
            if (known == null) {
                unknown.add(reference);
            } else {
                linked.put(reference, known);
            }
        }
        companies.findOrCreate(unknown, importId).forEach((reference, company) -> {
            linked.put(reference, company);
            if (!company.created() && !company.isRefused()) {
                knownCompanies.put(reference, company);
            }
        });
        return linked;
    }

    /** Applies the rows that update existing contacts; returns how many contacts changed. */
    private int update(
            Plan plan, Map<CompanyReference, CompanyLink> linked, ImportSettings settings, List<RowFailure> failures) {
        Map<UUID, List<Planned>> byContact = new LinkedHashMap<>();
        plan.rows.stream()
                .filter(row -> row.outcome == Outcome.UPDATE)
                .forEach(row -> byContact
                        .computeIfAbsent(row.matchedId, id -> new ArrayList<>())
                        .add(row));
        int updated = 0;
        for (Contact contact : contacts.findAllById(byContact.keySet())) {
            ContactInput before = contact.toInput();
            ContactInput merged = before;
            for (Planned row : byContact.get(contact.getId())) {
                merged = ContactImportMerge.merge(merged, row.read.input().withCompanyId(row.companyId(linked)));
            }
            ContactNormaliser.Normalised checked =
                    service.check(merged, contact.getOwnerId(), contact.getCustomFields());
            if (!checked.problems().isEmpty()) {
                byContact
                        .get(contact.getId())
                        .forEach(row -> failures.add(new RowFailure(
                                row.number,
                                "updating contact " + contact.getId() + ": "
                                        + FieldProblem.describe(checked.problems()))));
                continue;
            }
            writer.undoLog().remember(settings.importId(), contact.getId(), before);
            service.importUpdate(
                    contact, checked, byContact.get(contact.getId()).get(0).read.externalId());
            updated++;
        }
        return updated;
    }

    /** Matches every checked row of a batch against stored contacts and earlier rows, writing nothing. */
    private Plan plan(Checked checked, ImportSettings settings) {
        List<Planned> planned = checked.rows();
        Map<String, ContactBulkWriter.Match> existing = writer.matches(
                column(settings),
                planned.stream().flatMap(row -> row.keys.stream()).collect(Collectors.toSet()));
        AccessScope scope = visibility.scopeFor(ContactChanged.RECORD_TYPE);
        Map<String, Planned> earlier = new HashMap<>();
        for (Planned row : planned) {
            if (!row.problems.isEmpty()) {
                row.outcome = Outcome.FAIL;
                continue;
            }
            ContactBulkWriter.Match match = row.keys.stream()
                    .map(existing::get)
                    .filter(Objects::nonNull)
                    .filter(found -> scope.permits(found.ownerId()))
                    .findFirst()
                    .orElse(null);
            Planned same = row.keys.stream()
                    .map(earlier::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            row.decide(settings.duplicatePolicy(), match, same);
            if (row.outcome == Outcome.CREATE) {
                row.keys.forEach(key -> earlier.putIfAbsent(key, row));
            }
        }
        return new Plan(planned);
    }

    private static List<String> keys(
            ImportSettings settings, ContactImportRow read, ContactNormaliser.Normalised checked) {
        switch (settings.matchOn()) {
            case PHONE:
                return checked.phonesE164();
            case EXTERNAL_ID:
                return read.externalId() == null
                        ? List.of()
                        : List.of(read.externalId().strip());
            default:
                return checked.input().emails();
        }
    }

    private static String column(ImportSettings settings) {
        switch (settings.matchOn()) {
            case PHONE:
                return "phones_e164";
            case EXTERNAL_ID:
                return "external_id";
            default:
                return "emails";
        }
    }

    private enum Outcome {
        CREATE,
        UPDATE,
        SKIP,
        /** Folded into an earlier row of the same batch that creates the contact. */
        MERGED,
        FAIL
    }

    private record Plan(List<Planned> rows) {

        Set<CompanyReference> companyReferences() {
            Set<CompanyReference> references = new LinkedHashSet<>();
            rows.stream()
                    .filter(row -> row.outcome == Outcome.CREATE || row.outcome == Outcome.UPDATE)
                    .map(row -> row.read.company())
                    .filter(Objects::nonNull)
                    .forEach(references::add);
            return references;
        }
    }

    /** A row with what the import will do with it. */
    static final class Planned {

        private final long number;
        private final ContactImportRow read;
        private ContactNormaliser.Normalised checked;
        private final List<FieldProblem> problems;
        private final List<String> keys;
        private Outcome outcome;
        private UUID matchedId;
        private final UUID id = Ids.newId();

        Planned(
                long number,
                ContactImportRow read,
                ContactNormaliser.Normalised checked,
                List<FieldProblem> problems,
                List<String> keys) {
            this.number = number;
            this.read = read;
            this.checked = checked;
            this.problems = problems;
            this.keys = keys;
        }

        /**
         * An existing match is skipped or updated by policy; an earlier new row of the batch with the same key is
         * the same contact, and under "update" this row's values are folded into it.
         */
        void decide(DuplicatePolicy policy, ContactBulkWriter.Match match, Planned earlier) {
            if (policy == DuplicatePolicy.CREATE || (match == null && earlier == null)) {
                outcome = Outcome.CREATE;
            } else if (policy == DuplicatePolicy.SKIP) {
                outcome = Outcome.SKIP;
                matchedId = match != null ? match.id() : earlier.id;
            } else if (match != null) {
                outcome = Outcome.UPDATE;
                matchedId = match.id();
            } else {
                outcome = Outcome.MERGED;
                matchedId = earlier.id;
                earlier.checked = new ContactNormaliser.Normalised(
                        ContactImportMerge.merge(earlier.checked.input(), checked.input()),
                        ContactImportMerge.union(earlier.checked.phonesE164(), checked.phonesE164()),
                        List.of());
            }
        }

        UUID companyId(Map<CompanyReference, CompanyLink> linked) {
            CompanyLink company = read.company() == null ? null : linked.get(read.company());
            return company == null ? null : company.id();
        }

        ContactBulkWriter.NewContact asNew(Map<CompanyReference, CompanyLink> linked) {
            CompanyLink company = read.company() == null ? null : linked.get(read.company());
            ContactNormaliser.Normalised contact = company == null
                    ? checked
                    : new ContactNormaliser.Normalised(
                            checked.input().withCompanyId(company.id()), checked.phonesE164(), List.of());
            return new ContactBulkWriter.NewContact(
                    id, contact, company == null ? null : company.name(), read.externalId());
        }

        /** A row naming a company that could not be created fails rather than lose its company. */
        void refuseCompany(Map<CompanyReference, CompanyLink> linked) {
            CompanyLink company = read.company() == null ? null : linked.get(read.company());
            if (company != null && company.isRefused() && outcome != Outcome.SKIP && outcome != Outcome.MERGED) {
                problems.add(new FieldProblem("company", "cannot be created (" + company.refusal() + ")"));
                outcome = Outcome.FAIL;
            }
        }

        String reason() {
            return FieldProblem.describe(problems);
        }

        RowPreview preview() {
            ContactInput input = checked.input();
            Map<String, String> values = new LinkedHashMap<>();
            values.put("firstName", input.firstName());
            values.put("lastName", input.lastName());
            values.put("emails", String.join(", ", input.emails()));
            values.put("phones", String.join(", ", checked.phonesE164()));
            values.put("jobTitle", input.jobTitle());
            values.put(
                    "company",
                    read.company() == null
                            ? null
                            : Objects.requireNonNullElse(
                                    read.company().name(), read.company().domain()));
            values.put("city", input.city());
            values.put("country", input.country());
            values.put(
                    "birthDate",
                    input.birthDate() == null ? null : input.birthDate().toString());
            values.put("lifecycleStage", input.lifecycleStage().code());
            values.put("tags", String.join(", ", input.tags()));
            input.customFields().forEach((key, value) -> values.put("custom." + key, String.valueOf(value)));
            values.values().removeIf(Objects::isNull);
            String shownOutcome =
                    outcome == Outcome.MERGED ? "skip" : outcome.name().toLowerCase(java.util.Locale.ROOT);
            return new RowPreview(
                    number, values, problems, shownOutcome, matchedId == null ? null : matchedId.toString());
        }
    }
}
