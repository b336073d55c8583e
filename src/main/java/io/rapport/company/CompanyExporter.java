package io.rapport.company;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.customfield.FieldDefinition;
import io.rapport.shared.PageRequest;
import io.rapport.shared.exports.ExportColumns;
import io.rapport.shared.exports.ExportTarget;
import io.rapport.shared.exports.ListExport;
import io.rapport.shared.exports.PagedExport;
import io.rapport.shared.web.QueryParameters;
import io.rapport.shared.web.TableWriter;
import io.rapport.view.ListView;
import io.rapport.view.ListViewDirectory;
import java.io.IOException;
import java.util.ArrayList;
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
class CompanyExporter implements ExportTarget<ListExport<CompanyQuery>> {

    /** The list's columns as export columns: the id and name always, the rest as the list shows them. */
    private static final ExportColumns COLUMN_CHOICE = new ExportColumns(
            List.of("id", "name"), Map.of("domain", List.of("website", "domain"), "owner", List.of("ownerId")));

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
            "updatedAt");

    private final CompanyService service;
    private final CustomFieldDirectory customFields;
    private final ListViewDirectory views;

    CompanyExporter(CompanyService service, CustomFieldDirectory customFields, ListViewDirectory views) {
        this.service = service;
        this.customFields = customFields;
        this.views = views;
    }

    @Override
    public String recordType() {
        return CompanyChanged.RECORD_TYPE;
    }

    @Override
    public String fileName() {
        return "companies";
    }

    /** The list's parameters; {@code view} adds a saved view's filter unless the query has one of its own. */
    @Override
    public ListExport<CompanyQuery> query(Map<String, String> parameters) {
        CompanyQuery query = CompanyQuery.of(parameters);
        List<String> columns = ExportColumns.requested(parameters.get("cols"));
        if (QueryParameters.text(parameters, "view") != null) {
            ListView saved = views.get(CompanyChanged.RECORD_TYPE, QueryParameters.uuid(parameters, "view"));
            query = query.orFilter(saved.filter());
            columns = columns.isEmpty() ? saved.columns() : columns;
        }
        query.toFilter(); // reads the filter model now: a broken one is a 400 before any export starts
        return new ListExport<>(query, columns);
    }

    @Override
    public long export(ListExport<CompanyQuery> export, TableWriter table) throws IOException {
        CompanyService.Filter filter = export.query().toFilter();
        List<FieldDefinition> custom = customFields.fields(CompanyChanged.RECORD_TYPE);
        List<String> header = new ArrayList<>(COLUMNS);
        custom.forEach(field -> header.add(field.path()));
        return PagedExport.write(
                table,
                header,
                COLUMN_CHOICE.positions(header, export.columns()),
                cursor -> service.list(filter, PageRequest.forExport(cursor, "name")),
                company -> {
                    List<String> row = new ArrayList<>(row(company));
                    custom.forEach(field ->
                            row.add(field.exportValue(company.getCustomFields().get(field.key()))));
                    return row;
                });
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
                c.getUpdatedAt().toString());
    }
}
