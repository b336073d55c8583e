package io.rapport.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an Excel workbook (.xlsx) of one sheet with POI's streaming writer: only a window of rows stays in
 * memory, the rest goes to a temporary file until {@link #close()} writes the workbook out. Every cell is a text
 * cell, so nothing in it (a leading "=" included) is ever run as a formula.
 */
public final class XlsxWriter implements TableWriter {

    /** Excel's limit per cell; longer text would make the file unreadable. */
    private static final int LONGEST_CELL = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final OutputStream out;
    private int rows;

    public XlsxWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
    }

    @Override
    public void row(List<String> cells) {
        Row row = sheet.createRow(rows++);
        for (int column = 0; column < cells.size(); column++) {
            String value = cells.get(column);
            if (value != null && !value.isEmpty()) {
                row.createCell(column)
                        .setCellValue(value.length() > LONGEST_CELL ? value.substring(0, LONGEST_CELL) : value);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
