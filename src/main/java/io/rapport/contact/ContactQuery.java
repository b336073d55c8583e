package io.rapport.contact;

import io.rapport.record.ListQuery;
import io.rapport.shared.web.QueryParameters;
import java.util.Map;
import java.util.UUID;

/**
 * The query parameters a contact list takes, in the API, the UI and their exports alike: full-text {@code q},
 * the simple field filters, the trash, and {@code filter}, the JSON filter model (AND/OR groups of conditions on
 * any field, custom fields as {@code custom.<key>}).
 */
record ContactQuery(
        String q,
        LifecycleStage lifecycleStage,
        UUID companyId,
        UUID ownerId,
        String country,
        String city,
        String source,
        String tag,
        String email,
        Boolean deleted,
        String filter)
        implements ListQuery<ContactQuery> {

    /** Active records matching full text {@code q}. */
    static ContactQuery search(String q) {
        return new ContactQuery(q, null, null, null, null, null, null, null, null, null, null);
    }

    /** The query from parameters kept as text, read as a request would bind them. */
    static ContactQuery of(Map<String, String> parameters) {
        return new ContactQuery(
                QueryParameters.text(parameters, "q"),
                QueryParameters.read(
                        parameters, "lifecycleStage", LifecycleStage::fromCode, "is not a lifecycle stage"),
                QueryParameters.uuid(parameters, "companyId"),
                QueryParameters.uuid(parameters, "ownerId"),
                QueryParameters.text(parameters, "country"),
                QueryParameters.text(parameters, "city"),
                QueryParameters.text(parameters, "source"),
                QueryParameters.text(parameters, "tag"),
                QueryParameters.text(parameters, "email"),
                QueryParameters.bool(parameters, "deleted"),
                QueryParameters.text(parameters, "filter"));
    }

    /** Whether the list shows the trash rather than the active contacts. */
    @Override
    public boolean inTrash() {
        return Boolean.TRUE.equals(deleted);
    }
}
