package io.rapport.shared.exports;

import io.rapport.shared.web.TableWriter;
import java.io.IOException;
import java.util.Map;

/**
 * A record type whose lists can be exported: each record module offers one, writing its records with its own
 * columns through its own list query, so an export holds exactly what the list shows the user.
 *
 * @param <Q> the record type's list query
 */
public interface ExportTarget<Q> {

    /** The record type, as custom fields and imports name it ({@code contact}). */
    String recordType();

    /** What a file of this export is called, without its extension ({@code contacts}). */
    String fileName();

    /**
     * The list query from request parameters, as a background export keeps them: the list's filters, and
     * {@code view} for a saved view's filter; a value that cannot be read is an {@code InvalidInputException}.
     */
    Q query(Map<String, String> parameters);

    /** Writes a header row and then every record the query picks, page by page; returns how many records. */
    long export(Q query, TableWriter table) throws IOException;
}
