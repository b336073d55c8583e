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
     * then for the page after each cursor; of each row (as long as the header) only the cells at
     * {@code positions}. Returns how many records.
     */
    public static <T> long write(
            TableWriter table,
            List<String> header,
            int[] positions,
            Function<String, CursorPage<T>> page,
            Function<T, List<String>> row)
            throws IOException {
        table.row(ExportColumns.pick(header, positions));
        long rows = 0;
        for (CursorPage<T> current = page.apply(null); ; current = page.apply(current.nextCursor())) {
            for (T item : current.items()) {
                table.row(ExportColumns.pick(row.apply(item), positions));
            }
            rows += current.items().size();
            if (current.nextCursor() == null) {
                return rows;
            }
        }
    }
}
