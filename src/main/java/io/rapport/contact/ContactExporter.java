package io.rapport.contact;

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
 * Exports the contacts a list shows, for the API, the UI and background exports alike: page by page through the
 * list's own query (filters, visibility), so memory stays flat whatever the count. Custom fields follow the fixed
 * columns, headed {@code custom.<key>}.
 */
@Component
class ContactExporter extends ListExporter<Contact, ContactQuery> {

    /** The list's columns as export columns: the id and name always, the rest as the list shows them. */
    private static final ExportColumns COLUMN_CHOICE = new ExportColumns(
            List.of("id", "firstName", "lastName"),
            Map.of(
                    "email", List.of("email", "emails"),
                    "phone", List.of("phone", "phones"),
                    "company", List.of("companyId", "companyName"),
                    "owner", List.of("ownerId"),
                    "lastContacted", List.of("lastContactedAt"),
                    "nextActivity", List.of("nextActivityAt")));

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
            "updatedAt",
            "lastContactedAt",
            "nextActivityAt");

    private final ContactService service;

    ContactExporter(ContactService service, CustomFieldDirectory customFields, ListViewDirectory views) {
        super(views, customFields);
        this.service = service;
    }

    @Override
    public String recordType() {
        return ContactChanged.RECORD_TYPE;
    }

    @Override
    public String fileName() {
        return "contacts";
    }

    @Override
    protected ContactQuery read(Map<String, String> parameters) {
        return ContactQuery.of(parameters);
    }

    @Override
    protected ContactQuery withSavedFilter(ContactQuery query, String savedFilter) {
        return query.orFilter(savedFilter);
    }

    @Override
    protected void check(ContactQuery query) {
        query.toFilter();
    }

    @Override
    protected CursorPage<Contact> page(ContactQuery query, String cursor) {
        return service.list(query.toFilter(), PageRequest.forExport(cursor, "lastName"));
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
    protected List<String> fixedRow(Contact record) {
        return row(record);
    }

    @Override
    protected Map<String, Object> customValues(Contact record) {
        return record.getCustomFields();
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
                c.getUpdatedAt().toString(),
                Objects.toString(c.getLastContactedAt(), null),
                Objects.toString(c.getNextActivityAt(), null));
    }
}
