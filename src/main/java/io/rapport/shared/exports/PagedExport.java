package io.rapport.shared.exports;

import io.rapport.shared.CursorPage;
import io.rapport.shared.web.TableWriter;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/** A list written out page by page through its own keyset query: memory stays flat whatever the count. */
public final class PagedExport {

    private PagedExport() {}

    /**
     * Writes the header, then the rows of every page, asking {@code page} for the first page (cursor null) and
     * then for the page after each cursor; returns how many records.
     */
    public static <T> long write(
            TableWriter table, List<String> header, Function<String, CursorPage<T>> page, Function<T, List<String>> row)
            throws IOException {
        table.row(header);
        long rows = 0;
        for (CursorPage<T> current = page.apply(null); ; current = page.apply(current.nextCursor())) {
            for (T item : current.items()) {
                table.row(row.apply(item));
            }
            rows += current.items().size();
            if (current.nextCursor() == null) {
                return rows;
            }
        }
    }
}
