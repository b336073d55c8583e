package io.rapport.company;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.record.RecordExport;
import io.rapport.shared.PageRequest;
import io.rapport.shared.exports.ExportColumns;
import io.rapport.shared.record.RecordType;
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
class CompanyExporter extends RecordExport<Company, CompanyQuery, CompanyService.Filter> {

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

    CompanyExporter(
            CompanyService service,
            RecordType companyType,
            CustomFieldDirectory customFields,
            ListViewDirectory views) {
        super(
                views,
                customFields,
                companyType,
                CompanyQuery::of,
                (filter, cursor) -> service.list(filter, PageRequest.forExport(cursor, "name")),
                COLUMNS,
                COLUMN_CHOICE);
    }

    @Override
    protected List<String> fixedRow(Company record) {
        return row(record);
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
                c.getAddress().street(),
                c.getAddress().postalCode(),
                c.getAddress().city(),
                c.getAddress().region(),
                c.getAddress().country(),
                Objects.toString(c.getParentId(), null),
                c.getOwnerId().toString(),
                String.join(";", c.getTags()),
                c.getCreatedAt().toString(),
                c.getUpdatedAt().toString(),
                Objects.toString(c.getLastContactedAt(), null),
                Objects.toString(c.getNextActivityAt(), null));
    }
}
