package io.rapport.contact;

import io.rapport.record.ListQuery;
import io.rapport.shared.filter.FilterParser;
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
        implements ListQuery<ContactQuery, ContactService.Filter> {

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

    /** The same query with a saved view's filter, unless it has a filter of its own. */
    @Override
    public ContactQuery orFilter(String savedFilter) {
        return filter != null && !filter.isBlank()
                ? this
                : new ContactQuery(
                        q, lifecycleStage, companyId, ownerId, country, city, source, tag, email, deleted, savedFilter);
    }

    /** Whether the list shows the trash rather than the active contacts. */
    public boolean inTrash() {
        return Boolean.TRUE.equals(deleted);
    }

    @Override
    public ContactService.Filter toFilter() {
        return new ContactService.Filter(
                q,
                lifecycleStage,
                companyId,
                ownerId,
                country,
                city,
                source,
                tag,
                email,
                inTrash(),
                filter == null || filter.isBlank() ? null : FilterParser.parse(filter));
    }
}
