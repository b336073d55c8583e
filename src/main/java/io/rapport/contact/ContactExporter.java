package io.rapport.contact;

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
 * Exports the contacts a list shows, for the API, the UI and background exports alike: page by page through the
 * list's own query (filters, visibility), so memory stays flat whatever the count. Custom fields follow the fixed
 * columns, headed {@code custom.<key>}.
 */
@Component
class ContactExporter implements ExportTarget<ListExport<ContactQuery>> {

    /** The list's columns as export columns: the id and name always, the rest as the list shows them. */
    private static final ExportColumns COLUMN_CHOICE = new ExportColumns(
            List.of("id", "firstName", "lastName"),
            Map.of(
                    "email", List.of("email", "emails"),
                    "phone", List.of("phone", "phones"),
                    "company", List.of("companyId", "companyName"),
                    "owner", List.of("ownerId")));

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

    @Override
    public String recordType() {
        return ContactChanged.RECORD_TYPE;
    }

    @Override
    public String fileName() {
        return "contacts";
    }

    /** The list's parameters; {@code view} adds a saved view's filter unless the query has one of its own. */
    @Override
    public ListExport<ContactQuery> query(Map<String, String> parameters) {
        ContactQuery query = ContactQuery.of(parameters);
        List<String> columns = ExportColumns.requested(parameters.get("cols"));
        if (QueryParameters.text(parameters, "view") != null) {
            ListView saved = views.get(ContactChanged.RECORD_TYPE, QueryParameters.uuid(parameters, "view"));
            query = query.orFilter(saved.filter());
            columns = columns.isEmpty() ? saved.columns() : columns;
        }
        query.toFilter(); // reads the filter model now: a broken one is a 400 before any export starts
        return new ListExport<>(query, columns);
    }

    @Override
    public long export(ListExport<ContactQuery> export, TableWriter table) throws IOException {
        ContactService.Filter filter = export.query().toFilter();
        List<FieldDefinition> custom = customFields.fields(ContactChanged.RECORD_TYPE);
        List<String> header = new ArrayList<>(COLUMNS);
        custom.forEach(field -> header.add(field.path()));
        return PagedExport.write(
                table,
                header,
                COLUMN_CHOICE.positions(header, export.columns()),
                cursor -> service.list(filter, PageRequest.forExport(cursor, "lastName")),
                contact -> {
                    List<String> row = new ArrayList<>(row(contact));
                    custom.forEach(field ->
                            row.add(field.exportValue(contact.getCustomFields().get(field.key()))));
                    return row;
                });
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
