package io.rapport.shared.web;

import java.io.IOException;
import java.util.List;

/** Rows of an export, written one at a time in a file format (CSV, Excel). */
public interface TableWriter extends AutoCloseable {

    void row(List<String> cells) throws IOException;

    /** Finishes the file; the last rows may only reach the output here. */
    @Override
    void close() throws IOException;
}
