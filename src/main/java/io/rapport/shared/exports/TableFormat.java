package io.rapport.shared.exports;

import io.rapport.shared.InvalidInputException;
import io.rapport.shared.web.CsvWriter;
import io.rapport.shared.web.TableWriter;
import io.rapport.shared.web.XlsxWriter;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** The formats a list is exported in. */
public enum TableFormat {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    TableFormat(String contentType) {
        this.contentType = contentType;
    }

    /** {@code csv} or {@code xlsx}; anything else is a 400 naming the field. */
    public static TableFormat of(String code) {
        return Arrays.stream(values())
                .filter(format -> format.code().equals(code == null ? "csv" : code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "must be csv or xlsx"));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String contentType() {
        return contentType;
    }

    /** A table written to {@code out} in this format; closing it finishes the file but leaves {@code out} open. */
    public TableWriter open(OutputStream out, String sheetName) {
        return this == XLSX
                ? new XlsxWriter(out, sheetName)
                : new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }
}
