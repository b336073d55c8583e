package io.rapport.contact;

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
 * Exports the contacts a list shows, for the API, the UI and background exports alike: page by page through the
 * list's own query (filters, visibility), so memory stays flat whatever the count. Custom fields follow the fixed
 * columns, headed {@code custom.<key>}.
 */
@Component
class ContactExporter extends RecordExport<Contact, ContactQuery> {

    /** The list's columns as export columns: the id and name always, the rest as the list shows them. */
    private static final ExportColumns COLUMN_CHOICE = new ExportColumns(
            List.of("id", "firstName", "lastName"),
            Map.of(
                    "email", List.of("email", "emails"),
                    "phone", List.of("phone", "phones"),
                    "company", List.of("companyId", "companyName")));

    /** The columns of a contact export, in order. */
    static final List<String> COLUMNS = Stream.of(
                    List.of(
                            "id",
                            "firstName",
                            "lastName",
                            "email",
                            "emails",
                            "phone",
                            "phones",
                            "jobTitle",
                            "companyId",
                            "companyName"),
                    PostalAddress.FIELDS,
                    List.of("birthDate", "gender", "profession", "source", "lifecycleStage"))
            .flatMap(List::stream)
            .toList();

    ContactExporter(
            ContactService service,
            RecordType contactType,
            CustomFieldDirectory customFields,
            ListViewDirectory views) {
        super(
                views,
                customFields,
                contactType,
                ContactQuery.class,
                (filter, cursor) -> service.list(filter, PageRequest.forExport(cursor, "lastName")),
                COLUMNS,
                COLUMN_CHOICE);
    }

    @Override
    protected List<String> fixedRow(Contact record) {
        return row(record);
    }

    private static List<String> row(Contact c) {
        List<String> cells = new ArrayList<>(Arrays.asList(
                c.getId().toString(),
                c.getFirstName(),
                c.getLastName(),
                c.primaryEmail(),
                String.join(";", c.getEmails()),
                c.primaryPhone(),
                String.join(";", c.getPhones()),
                c.getJobTitle(),
                Objects.toString(c.getCompanyId(), null),
                c.getCompanyName()));
        cells.addAll(c.getAddress().values());
        cells.addAll(Arrays.asList(
                Objects.toString(c.getBirthDate(), null),
                c.getGender(),
                c.getProfession(),
                c.getSource(),
                c.getLifecycleStage().code()));
        return cells;
    }
}
