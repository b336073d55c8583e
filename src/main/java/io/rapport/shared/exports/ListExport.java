package io.rapport.shared.exports;

import java.util.List;

/**
 * What an export of a list writes: the list's query and the columns it shows (none chosen: every column).
 *
 * @param <Q> the record type's list query
 */
public record ListExport<Q>(Q query, List<String> columns) {}
