package io.rapport.contact;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.customfield.FieldDefinition;
import io.rapport.shared.CursorPage;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.PageRequest;
import io.rapport.shared.web.CsvWriter;
import io.rapport.shared.web.TableWriter;
import io.rapport.shared.web.XlsxWriter;
import io.rapport.view.ListViewDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Streams the contacts a list shows as CSV, for the API and the UI alike: page by page through the list's own
 * query (filters, visibility), so memory stays flat whatever the count. Custom fields follow the fixed columns,
 * headed {@code custom.<key>}.
 */
@Component
class ContactExporter {

    /** The columns of a contact export, in order. */
    static final List<String> COLUMNS = List.of(
            "id",
            "firstName",
            "lastName",
            "email",
            "emails",
            "phone",
            "phones",
            "jobTitle",
            "companyId",
            "companyName",
            "street",
            "postalCode",
            "city",
            "region",
            "country",
            "birthDate",
            "gender",
            "profession",
            "source",
            "lifecycleStage",
            "ownerId",
            "tags",
            "createdAt",
            "updatedAt");

    private final ContactService service;
    private final CustomFieldDirectory customFields;
    private final ListViewDirectory views;

    ContactExporter(ContactService service, CustomFieldDirectory customFields, ListViewDirectory views) {
        this.service = service;
        this.customFields = customFields;
        this.views = views;
    }

    /** The formats an export is written in: {@code csv} or {@code xlsx}. */
    static final List<String> FORMATS = List.of("csv", "xlsx");

    /**
     * Writes every contact of the query, within a saved view's filter when {@code view} names one (a query's own
     * {@code filter} wins over the view's, as on the list page).
     */
    void write(ContactQuery query, UUID view, String format, HttpServletResponse response) throws IOException {
        if (!FORMATS.contains(format)) {
            throw new InvalidInputException("format", "must be csv or xlsx");
        }
        ContactService.Filter filter = (view == null
                        ? query
                        : query.orFilter(
                                views.get(ContactChanged.RECORD_TYPE, view).filter()))
                .toFilter();
        CursorPage<Contact> page = service.list(filter, PageRequest.forExport(null, "lastName"));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contacts." + format + "\"");
        List<FieldDefinition> custom = customFields.fields(ContactChanged.RECORD_TYPE);
        List<String> header = new ArrayList<>(COLUMNS);
        custom.forEach(field -> header.add(field.path()));
        try (TableWriter table = open(format, response)) {
            table.row(header);
            while (true) {
                for (Contact contact : page.items()) {
                    List<String> row = new ArrayList<>(row(contact));
                    custom.forEach(field ->
                            row.add(field.exportValue(contact.getCustomFields().get(field.key()))));
                    table.row(row);
                }
                if (page.nextCursor() == null) {
                    return;
                }
                page = service.list(filter, PageRequest.forExport(page.nextCursor(), "lastName"));
            }
        }
    }

    private static TableWriter open(String format, HttpServletResponse response) throws IOException {
        if (format.equals("xlsx")) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            return new XlsxWriter(response.getOutputStream(), "Contacts");
        }
        response.setContentType("text/csv;charset=UTF-8");
        return new CsvWriter(response.getWriter());
    }

    private static List<String> row(Contact c) {
        return Arrays.asList(
                c.getId().toString(),
                c.getFirstName(),
                c.getLastName(),
                c.primaryEmail(),
                String.join(";", c.getEmails()),
                c.primaryPhone(),
                String.join(";", c.getPhones()),
                c.getJobTitle(),
                Objects.toString(c.getCompanyId(), null),
                c.getCompanyName(),
                c.getStreet(),
                c.getPostalCode(),
                c.getCity(),
                c.getRegion(),
                c.getCountry(),
                Objects.toString(c.getBirthDate(), null),
                c.getGender(),
                c.getProfession(),
                c.getSource(),
                c.getLifecycleStage().code(),
                c.getOwnerId().toString(),
                String.join(";", c.getTags()),
                c.getCreatedAt().toString(),
                c.getUpdatedAt().toString());
    }
}
