package io.rapport.importexport;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a CSV file of any size row by row (FastCSV): the delimiter given (found by {@link CsvSniffer}), quoted
 * fields with delimiters and line breaks inside, a byte order mark skipped; UTF-16 when the file starts with its
 * byte order mark, otherwise UTF-8 with Windows-1252 for whatever is not UTF-8.
 */
final class CsvRowReader implements RowReader {

    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final LenientUtf8Reader lenient;
    private final long size;
    private final List<String> headers;
    /** A first row that turned out to be data, given back by the first {@link #next()}. */
    private List<String> pending;

    CsvRowReader(Path file, char delimiter, boolean hasHeader) throws IOException {
        size = Math.max(1, Files.size(file));
        Reader reader = text(Files.newInputStream(file));
        lenient = reader instanceof LenientUtf8Reader counting ? counting : null;
        csv = CsvReader.builder()
                .fieldSeparator(delimiter)
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(reader);
        records = csv.iterator();
        List<String> first = firstRow();
        if (first == null) {
            headers = List.of();
        } else if (hasHeader) {
            headers = first;
        } else {
            headers = new ArrayList<>();
            for (int column = 1; column <= first.size(); column++) {
                headers.add("Column " + column);
            }
            pending = first;
        }
    }

    /** The first row; a file that breaks already there is closed before the error goes up. */
    private List<String> firstRow() throws IOException {
        try {
            return next();
        } catch (IOException | RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public List<String> next() throws IOException {
        if (pending != null) {
            List<String> row = pending;
            pending = null;
            return row;
        }
        try {
            return records.hasNext() ? records.next().getFields() : null;
        } catch (CsvParseException e) {
            throw new IOException("the CSV cannot be read: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public double progress() {
        return lenient == null ? -1 : Math.min(1, lenient.bytesRead() / (double) size);
    }

    /** Whether some of the text was not UTF-8 (read as Windows-1252). */
    boolean sawWindows1252() {
        return lenient != null && lenient.sawWindows1252();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /** The text of a file: UTF-16 after its byte order mark, otherwise lenient UTF-8 without one. */
    static Reader text(InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw);
        String utf16 = utf16(in);
        if (utf16 != null) {
            return new InputStreamReader(in, utf16);
        }
        skipUtf8Bom(in);
        return new LenientUtf8Reader(in);
    }

    private static String utf16(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        if (first == 0xFE && second == 0xFF) {
            return "UTF-16BE";
        }
        if (first == 0xFF && second == 0xFE) {
            return "UTF-16LE";
        }
        in.reset();
        return null;
    }

    private static void skipUtf8Bom(InputStream in) throws IOException {
        in.mark(3);
        if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
            in.reset();
        }
    }

    static String charsetName(boolean sawWindows1252) {
        return sawWindows1252 ? "UTF-8 and Windows-1252" : StandardCharsets.UTF_8.name();
    }
}
