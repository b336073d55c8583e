package io.rapport.record;

import io.rapport.shared.filter.Filter;

/** What every record list's filter has besides its own simple field filters. */
public interface ListFilter {

    /** Full text, or null: relevance-ranked through the search index. */
    String q();

    /** Whether the list shows the trash rather than the active records. */
    boolean deleted();

    /** The filter model (custom fields as {@code custom.<key>}), or null. */
    Filter where();
}
