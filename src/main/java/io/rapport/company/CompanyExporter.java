package io.rapport.company;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.shared.CursorPage;
import io.rapport.shared.PageRequest;
import io.rapport.shared.exports.ExportColumns;
import io.rapport.view.ListExporter;
import io.rapport.view.ListViewDirectory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Exports the companies a list shows, page by page through the list's own query (filters, visibility), with the
 * custom fields after the fixed columns, headed {@code custom.<key>}.
 */
@Component
class CompanyExporter extends ListExporter<Company, CompanyQuery> {

    /** The list's columns as export columns: the id and name always, the rest as the list shows them. */
    private static final ExportColumns COLUMN_CHOICE = new ExportColumns(
            List.of("id", "name"),
            Map.of(
                    "domain", List.of("website", "domain"),
                    "owner", List.of("ownerId"),
                    "lastContacted", List.of("lastContactedAt"),
                    "nextActivity", List.of("nextActivityAt")));

    /** The columns of a company export, in order. */
    static final List<String> COLUMNS = List.of(
            "id",
            "name",
            "website",
            "domain",
            "industry",
            "size",
            "annualRevenue",
            "phone",
            "street",
            "postalCode",
            "city",
            "region",
            "country",
            "parentId",
            "ownerId",
            "tags",
            "createdAt",
            "updatedAt",
            "lastContactedAt",
            "nextActivityAt");

    private final CompanyService service;

    CompanyExporter(CompanyService service, CustomFieldDirectory customFields, ListViewDirectory views) {
        super(views, customFields);
        this.service = service;
    }

    @Override
    public String recordType() {
        return CompanyChanged.RECORD_TYPE;
    }

    @Override
    public String fileName() {
        return "companies";
    }

    @Override
    protected CompanyQuery read(Map<String, String> parameters) {
        return CompanyQuery.of(parameters);
    }

    @Override
    protected CompanyQuery withSavedFilter(CompanyQuery query, String savedFilter) {
        return query.orFilter(savedFilter);
    }

    @Override
    protected void check(CompanyQuery query) {
        query.toFilter();
    }

    @Override
    protected CursorPage<Company> page(CompanyQuery query, String cursor) {
        return service.list(query.toFilter(), PageRequest.forExport(cursor, "name"));
    }

    @Override
    protected List<String> fixedColumns() {
        return COLUMNS;
    }

    @Override
    protected ExportColumns columnChoice() {
        return COLUMN_CHOICE;
    }

    @Override
    protected List<String> fixedRow(Company record) {
        return row(record);
    }

    @Override
    protected Map<String, Object> customValues(Company record) {
        return record.getCustomFields();
    }

    private static List<String> row(Company c) {
        return Arrays.asList(
                c.getId().toString(),
                c.getName(),
                c.getWebsite(),
                c.getDomain(),
                c.getIndustry(),
                c.getSize(),
                c.getAnnualRevenue() == null ? null : c.getAnnualRevenue().toPlainString(),
                c.getPhone(),
                c.getStreet(),
                c.getPostalCode(),
                c.getCity(),
                c.getRegion(),
                c.getCountry(),
                Objects.toString(c.getParentId(), null),
                c.getOwnerId().toString(),
                String.join(";", c.getTags()),
                c.getCreatedAt().toString(),
                c.getUpdatedAt().toString(),
                Objects.toString(c.getLastContactedAt(), null),
                Objects.toString(c.getNextActivityAt(), null));
    }
}
