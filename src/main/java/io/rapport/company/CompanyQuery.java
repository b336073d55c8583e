package io.rapport.company;

import io.rapport.record.ListQuery;
import io.rapport.shared.filter.FilterParser;
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
        implements ListQuery<CompanyQuery, CompanyService.Filter> {

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

    /** The same query with a saved view's filter, unless it has a filter of its own. */
    @Override
    public CompanyQuery orFilter(String savedFilter) {
        return filter != null && !filter.isBlank()
                ? this
                : new CompanyQuery(q, industry, country, city, size, tag, ownerId, parentId, deleted, savedFilter);
    }

    /** Whether the list shows the trash rather than the active companies. */
    public boolean inTrash() {
        return Boolean.TRUE.equals(deleted);
    }

    @Override
    public CompanyService.Filter toFilter() {
        return new CompanyService.Filter(
                q,
                industry,
                country,
                city,
                size,
                tag,
                ownerId,
                parentId,
                inTrash(),
                filter == null || filter.isBlank() ? null : FilterParser.parse(filter));
    }
}
