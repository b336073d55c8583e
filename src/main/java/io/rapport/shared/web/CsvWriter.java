package io.rapport.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a separator, quote or line
 * break). A cell a spreadsheet could run as a formula gets a leading apostrophe and quotes, as OWASP's "CSV
 * injection" page recommends, so an export opened in Excel or LibreOffice executes nothing.
 *
 * <p>Semicolons count as separators too: in a locale whose list separator is ";" (much of Europe) Excel splits
 * {@code a;=4+4} into two cells and runs the second. A cell is therefore quoted when it holds a comma or a
 * semicolon, and neutralised when a formula start (= + - @ tab CR) comes first after leading spaces and
 * separators, or right after any separator inside it.
 */
public final class CsvWriter implements TableWriter {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final String SEPARATORS = ",;";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean formula = couldRunAsFormula(value);
        String safe = formula ? "'" + value : value;
        boolean quoted = formula
                || safe.indexOf(',') >= 0
                || safe.indexOf(';') >= 0
                || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /**
     * Whether a formula start comes first (after spaces and separators) or just after a separator: the cells
     * that get the guarding apostrophe, and whose apostrophe an import takes off again.
     */
    public static boolean couldRunAsFormula(String value) {
        boolean cellStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (cellStart && FORMULA_START.indexOf(c) >= 0) {
                return true;
            }
            if (SEPARATORS.indexOf(c) >= 0) {
                cellStart = true;
            } else if (c != ' ') {
                cellStart = false;
            }
        }
        return false;
    }
}
