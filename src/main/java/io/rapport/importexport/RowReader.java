package io.rapport.importexport;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The rows of an import file, read one at a time so that a file of any size takes the same memory. The header
 * row, when the source has one, is not a data row: {@link #headers()} gives it.
 */
interface RowReader extends Closeable {

    /** The column names, in order; data rows may be shorter or longer. */
    List<String> headers();

    /** The next data row's cells (blank cells as empty strings), or null after the last one. */
    List<String> next() throws IOException;

    /** How far through the source the reader is, from 0 to 1, or -1 when that is not known. */
    double progress();
}
