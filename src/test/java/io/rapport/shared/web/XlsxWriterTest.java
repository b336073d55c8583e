package io.rapport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @Test
    void formulaLookingValuesArePlainTextCellsNeverFormulas() throws IOException {
        List<String> values = List.of(";=4+4", "=1+1", "+47 415 22 345", "@SUM(A1)", "-2+3", "a,=HYPERLINK(\"x\")");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, "Contacts")) {
            xlsx.row(values);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(0);
            for (int column = 0; column < values.size(); column++) {
                Cell cell = row.getCell(column);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(values.get(column));
            }
        }
    }
}
