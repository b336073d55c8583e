package io.rapport.company;

import io.rapport.record.ListQuery;
import io.rapport.shared.web.QueryParameters;
import java.util.Map;
import java.util.UUID;

/**
 * The query parameters a company list takes, in the API and the UI alike: full-text {@code q}, the simple field
 * filters, the trash, and {@code filter}, the JSON filter model (custom fields as {@code custom.<key>}).
 */
record CompanyQuery(
        String q,
        String industry,
        String country,
        String city,
        String size,
        String tag,
        UUID ownerId,
        UUID parentId,
        Boolean deleted,
        String filter)
        implements ListQuery<CompanyQuery> {

    /** Active records matching full text {@code q}. */
    static CompanyQuery search(String q) {
        return new CompanyQuery(q, null, null, null, null, null, null, null, null, null);
    }

    /** The query from parameters kept as text, read as a request would bind them. */
    static CompanyQuery of(Map<String, String> parameters) {
        return new CompanyQuery(
                QueryParameters.text(parameters, "q"),
                QueryParameters.text(parameters, "industry"),
                QueryParameters.text(parameters, "country"),
                QueryParameters.text(parameters, "city"),
                QueryParameters.text(parameters, "size"),
                QueryParameters.text(parameters, "tag"),
                QueryParameters.uuid(parameters, "ownerId"),
                QueryParameters.uuid(parameters, "parentId"),
                QueryParameters.bool(parameters, "deleted"),
                QueryParameters.text(parameters, "filter"));
    }

    /** Whether the list shows the trash rather than the active companies. */
    @Override
    public boolean inTrash() {
        return Boolean.TRUE.equals(deleted);
    }
}
