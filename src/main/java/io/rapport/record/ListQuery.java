package io.rapport.record;

/**
 * A record list's query parameters as the API and the UI take them (text, not yet read), so a saved view can add
 * its filter and an export can replay the list.
 *
 * @param <Q> the record type's query
 * @param <F> the filter it reads into
 */
public interface ListQuery<Q extends ListQuery<Q, F>, F extends ListFilter> {

    /** The same query with a saved view's filter, unless it has a filter of its own. */
    Q orFilter(String savedFilter);

    /** Reads the parameters; one that cannot be read is an {@link io.rapport.shared.InvalidInputException}. */
    F toFilter();
}
