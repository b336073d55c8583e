package io.rapport.company;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.record.RecordExport;
import io.rapport.shared.PageRequest;
import io.rapport.shared.exports.ExportColumns;
import io.rapport.shared.record.PostalAddress;
import io.rapport.shared.record.RecordType;
import io.rapport.view.ListViewDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Exports the companies a list shows, page by page through the list's own query (filters, visibility), with the
 * custom fields after the fixed columns, headed {@code custom.<key>}.
 */
@Component
class CompanyExporter extends RecordExport<Company, CompanyQuery> {

    /** The list's columns as export columns: the id and name always, the rest as the list shows them. */
    private static final ExportColumns COLUMN_CHOICE =
            new ExportColumns(List.of("id", "name"), Map.of("domain", List.of("website", "domain")));

    /** The columns of a company export, in order. */
    static final List<String> COLUMNS = Stream.of(
                    List.of("id", "name", "website", "domain", "industry", "size", "annualRevenue", "phone"),
                    PostalAddress.FIELDS,
                    List.of("parentId"))
            .flatMap(List::stream)
            .toList();

    CompanyExporter(
            CompanyService service,
            RecordType companyType,
            CustomFieldDirectory customFields,
            ListViewDirectory views) {
        super(
                views,
                customFields,
                companyType,
                CompanyQuery.class,
                (filter, cursor) -> service.list(filter, PageRequest.forExport(cursor, "name")),
                COLUMNS,
                COLUMN_CHOICE);
    }

    @Override
    protected List<String> fixedRow(Company record) {
        return row(record);
    }

    private static List<String> row(Company c) {
        List<String> cells = new ArrayList<>(Arrays.asList(
                c.getId().toString(),
                c.getName(),
                c.getWebsite(),
                c.getDomain(),
                c.getIndustry(),
                c.getSize(),
                c.getAnnualRevenue() == null ? null : c.getAnnualRevenue().toPlainString(),
                c.getPhone()));
        cells.addAll(c.getAddress().values());
        cells.add(Objects.toString(c.getParentId(), null));
        return cells;
    }
}
