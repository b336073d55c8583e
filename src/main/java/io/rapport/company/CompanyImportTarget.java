package io.rapport.company;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.AccessScope;
import io.rapport.identity.Visibility;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.imports.BatchOutcome;
import io.rapport.shared.imports.BatchOutcome.RowFailure;
import io.rapport.shared.imports.ImportField;
import io.rapport.shared.imports.ImportRow;
import io.rapport.shared.imports.ImportSettings;
import io.rapport.shared.imports.ImportSettings.DuplicatePolicy;
import io.rapport.shared.imports.ImportTarget;
import io.rapport.shared.imports.ImportUndoLog;
import io.rapport.shared.imports.RowPreview;
import io.rapport.shared.value.PhoneNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports companies (accounts): rows checked and normalised like the form's, matched on their website's domain,
 * else on their name ignoring case, among the companies the importing user may see and those the import created
 * already; then created, used to update the match (filled cells only, tags added) or skipped, as the import says.
 * Companies come in thousands rather than millions, so each is written through JPA like an edit, and audited.
 */
@Component
class CompanyImportTarget implements ImportTarget<List<CompanyImportTarget.Checked>> {

    private static final int UNDO_CHUNK = 500;

    private final CompanyService service;
    private final CustomFieldDirectory customFields;
    private final Companies companies;
    private final Visibility visibility;
    private final ImportUndoLog<CompanyInput> undoLog;

    CompanyImportTarget(
            CompanyService service,
            CustomFieldDirectory customFields,
            Companies companies,
            Visibility visibility,
            JdbcClient jdbc,
            JsonMapper json) {
        this.service = service;
        this.customFields = customFields;
        this.companies = companies;
        this.visibility = visibility;
        this.undoLog = new ImportUndoLog<>(jdbc, json, CompanyInput.class, "company_import_change", "company_id");
    }

    @Override
    public String recordType() {
        return CompanyChanged.RECORD_TYPE;
    }

    @Override
    public List<ImportField> fields() {
        List<ImportField> fields = new ArrayList<>(CompanyImportRow.FIELDS);
        customFields.fields(CompanyChanged.RECORD_TYPE).forEach(field -> fields.add(field.importField()));
        return fields;
    }

    @Override
    public List<RowPreview> preview(List<ImportRow> rows, ImportSettings settings) {
        List<Checked> batch = check(rows, settings);
        Matches matches = matches(batch);
        List<RowPreview> previews = new ArrayList<>();
        for (Checked checked : batch) {
            Company match = checked.problems.isEmpty() ? matches.of(checked.normalised.input()) : null;
            String outcome = !checked.problems.isEmpty() ? "fail" : outcome(settings.duplicatePolicy(), match);
            if (outcome.equals("create")) {
                matches.add(checked.normalised.input(), null);
            }
            Map<String, String> values = new LinkedHashMap<>();
            CompanyInput input = checked.normalised.input();
            values.put("name", input.name());
            values.put("domain", input.domain());
            values.put("industry", input.industry());
            values.put("size", input.size());
            values.put(
                    "annualRevenue",
                    input.annualRevenue() == null ? null : input.annualRevenue().toPlainString());
            values.put("phone", checked.normalised.phoneE164());
            values.put("city", input.city());
            values.put("country", input.country());
            values.values().removeIf(Objects::isNull);
            String matchedId = match == null || match == Matches.PLANNED
                    ? null
                    : match.getId().toString();
            previews.add(new RowPreview(checked.number, values, checked.problems, outcome, matchedId));
        }
        return previews;
    }

    @Override
    public BatchOutcome write(List<Checked> batch, ImportSettings settings) {
        Matches matches = matches(batch);
        List<RowFailure> failures = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int skipped = 0;
        List<Long> unverifiedPhones = new ArrayList<>();
        for (Checked checked : batch) {
            if (!checked.problems.isEmpty()) {
                failures.add(new RowFailure(checked.number, FieldProblem.describe(checked.problems)));
                continue;
            }
            CompanyInput input = checked.normalised.input();
            Company match = matches.of(input);
            switch (outcome(settings.duplicatePolicy(), match)) {
                case "skip":
                    skipped++;
                    break;
                case "update":
                    CompanyInput before = match.toInput();
                    CompanyInput merged = merge(before, input);
                    List<FieldProblem> problems = service.check(merged, match.getOwnerId(), match.getCustomFields())
                            .problems();
                    if (!problems.isEmpty()) {
                        failures.add(new RowFailure(checked.number, FieldProblem.describe(problems)));
                        break;
                    }
                    // A company this import created needs no fields from before: its undo trashes it.
                    if (!match.createdBy(settings.importId())) {
                        undoLog.remember(settings.importId(), match.getId(), before);
                    }
                    service.importUpdate(match, merged);
                    updated++;
                    noteUnverifiedPhone(checked, unverifiedPhones);
                    break;
                default:
                    matches.add(input, service.importCreate(input, settings.importId()));
                    created++;
                    noteUnverifiedPhone(checked, unverifiedPhones);
            }
        }
        return new BatchOutcome(created, updated, skipped, failures, unverifiedPhones);
    }

    private static void noteUnverifiedPhone(Checked checked, List<Long> rows) {
        String e164 = checked.normalised.phoneE164();
        if (e164 != null && !PhoneNumbers.isVerified(e164)) {
            rows.add(checked.number);
        }
    }

    @Override
    public long undo(ImportSettings settings) {
        Map<UUID, CompanyInput> before = undoLog.take(settings.importId(), UNDO_CHUNK);
        companies
                .findAllById(before.keySet())
                .forEach(company -> service.importUpdate(company, before.get(company.getId())));
        List<Company> created = companies.findTop1000ByImportIdAndDeletedAtIsNull(settings.importId());
        created.forEach(company -> service.delete(company.getId()));
        return before.size() + (long) created.size();
    }

    /** A row read and checked once, for matching and writing alike. */
    record Checked(long number, CompanyService.Normalised normalised, List<FieldProblem> problems) {}

    @Override
    public List<Checked> check(List<ImportRow> rows, ImportSettings settings) {
        List<Checked> checked = new ArrayList<>();
        for (ImportRow row : rows) {
            CompanyImportRow read = CompanyImportRow.of(row);
            CompanyService.Normalised normalised = service.check(read.input(), settings.actorId(), null);
            List<FieldProblem> problems = new ArrayList<>(read.problems());
            problems.addAll(normalised.problems());
            checked.add(new Checked(row.number(), normalised, problems));
        }
        return checked;
    }

    private static String outcome(DuplicatePolicy policy, Company match) {
        if (match == null || policy == DuplicatePolicy.CREATE) {
            return "create";
        }
        return policy == DuplicatePolicy.SKIP ? "skip" : "update";
    }

    /** What the row fills wins; blank cells change nothing; tags are added. */
    private static CompanyInput merge(CompanyInput existing, CompanyInput row) {
        List<String> tags = new ArrayList<>(existing.tags());
        row.tags().stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
        return new CompanyInput(
                or(row.name(), existing.name()),
                or(row.website(), existing.website()),
                or(row.domain(), existing.domain()),
                or(row.industry(), existing.industry()),
                or(row.size(), existing.size()),
                or(row.annualRevenue(), existing.annualRevenue()),
                or(row.phone(), existing.phone()),
                or(row.street(), existing.street()),
                or(row.postalCode(), existing.postalCode()),
                or(row.city(), existing.city()),
                or(row.region(), existing.region()),
                or(row.country(), existing.country()),
                existing.parentId(),
                existing.ownerId(),
                tags,
                mergedCustomFields(existing, row));
    }

    private static Map<String, Object> mergedCustomFields(CompanyInput existing, CompanyInput row) {
        Map<String, Object> custom =
                new LinkedHashMap<>(existing.customFields() == null ? Map.of() : existing.customFields());
        if (row.customFields() != null) {
            custom.putAll(row.customFields());
        }
        return custom;
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred == null ? fallback : preferred;
    }

    /** The companies a batch's rows may match, by domain and by lower-case name, growing as rows create more. */
    private Matches matches(List<Checked> batch) {
        List<String> names = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (Checked checked : batch) {
            CompanyInput input = checked.normalised.input();
            if (input.name() != null) {
                names.add(input.name().toLowerCase(Locale.ROOT));
            }
            if (input.domain() != null) {
                domains.add(input.domain());
            }
        }
        AccessScope scope = visibility.scopeFor(CompanyChanged.RECORD_TYPE);
        Matches matches = new Matches();
        companies.findActiveByNamesOrDomains(names.toArray(new String[0]), domains.toArray(new String[0])).stream()
                .filter(company -> scope.permits(company.getOwnerId()))
                .forEach(company -> matches.add(company.toInput(), company));
        return matches;
    }

    private static final class Matches {

        private final Map<String, Company> byDomain = new HashMap<>();
        private final Map<String, Company> byName = new HashMap<>();
        /** Rows of a preview that would create a company: later rows naming it would match it. */
        private static final Company PLANNED = new Company(new UUID(0, 0));

        void add(CompanyInput input, Company company) {
            Company known = company == null ? PLANNED : company;
            if (input.domain() != null) {
                byDomain.putIfAbsent(input.domain(), known);
            }
            if (input.name() != null) {
                byName.putIfAbsent(input.name().toLowerCase(Locale.ROOT), known);
            }
        }

        Company of(CompanyInput input) {
            Company match = input.domain() == null ? null : byDomain.get(input.domain());
            if (match == null && input.name() != null) {
                match = byName.get(input.name().toLowerCase(Locale.ROOT));
            }
            return match;
        }
    }
}
