package io.rapport.contact;

import io.rapport.shared.filter.FilterParser;
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
        String filter) {

    /** The same query with a saved view's filter, unless it has a filter of its own. */
    ContactQuery orFilter(String savedFilter) {
        return filter != null && !filter.isBlank()
                ? this
                : new ContactQuery(
                        q, lifecycleStage, companyId, ownerId, country, city, source, tag, email, deleted, savedFilter);
    }

    /** Whether the list shows the trash rather than the active contacts. */
    public boolean inTrash() {
        return Boolean.TRUE.equals(deleted);
    }

    ContactService.Filter toFilter() {
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
