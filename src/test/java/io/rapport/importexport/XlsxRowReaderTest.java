package io.rapport.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowReaderTest {

    private static final int BIG_ROWS = 50_000;

    @TempDir
    static Path dir;

    private static Path big;

    @BeforeAll
    static void writeBigWorkbook() throws IOException {
        big = dir.resolve("big.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Contacts");
            row(sheet, 0, "Name", "Email", "Number");
            for (int i = 1; i <= BIG_ROWS; i++) {
                Row row = row(sheet, i, "Contact " + i, "contact" + i + "@example.com");
                row.createCell(2).setCellValue(i);
            }
            write(workbook, big);
        }
    }

    @Test
    void cellsComeAsTextWithGapsInTheirColumns() throws IOException {
        Path file = dir.resolve("cells.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14); // Excel's default short date, m/d/yy
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Sheet sheet = workbook.createSheet("Contacts");
            row(sheet, 0, "Name", "Employees", "Rating", "Account", "Since", "Active", "Note", "Last call", "Code");
            Row acme = row(sheet, 1, "Acme AS");
            acme.createCell(1).setCellValue(12345);
            acme.createCell(2).setCellValue(3.75);
            acme.createCell(3).setCellValue(12345678901d);
            acme.createCell(4).setCellValue(LocalDate.of(2021, 3, 15));
            acme.getCell(4).setCellStyle(date);
            acme.createCell(5).setCellValue(true);
            acme.createCell(6).setBlank();
            acme.createCell(7).setCellValue(LocalDateTime.of(2024, 5, 6, 14, 30));
            acme.getCell(7).setCellStyle(dateTime);
            acme.createCell(8).setCellValue("007");
            Row beta = row(sheet, 2, "Beta");
            beta.createCell(2).setCellValue(0.1 + 0.2);
            beta.createCell(3).setCellValue(-42);
            beta.createCell(5).setCellValue(false);
            row(sheet, 3); // an empty row is no data row
            row(sheet, 4, "Gamma", "", "1e3");
            write(workbook, file);
        }

        try (XlsxRowReader reader = new XlsxRowReader(file)) {
            assertThat(reader.headers())
                    .containsExactly(
                            "Name", "Employees", "Rating", "Account", "Since", "Active", "Note", "Last call", "Code");
            assertThat(reader.next())
                    .containsExactly(
                            "Acme AS",
                            "12345",
                            "3.75",
                            "12345678901",
                            "2021-03-15",
                            "true",
                            "",
                            "2024-05-06T14:30:00",
                            "007");
            assertThat(reader.next()).containsExactly("Beta", "", "0.3", "-42", "", "false");
            assertThat(reader.next()).containsExactly("Gamma", "", "1e3");
            assertThat(reader.next()).isNull();
            assertThat(reader.next()).isNull();
            assertThat(reader.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void datesOfAWorkbookCountingFrom1904() throws IOException {
        Path file = dir.resolve("mac.xlsx");
        XSSFWorkbook template = new XSSFWorkbook();
        template.getCTWorkbook().getWorkbookPr().setDate1904(true);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(template)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            Sheet sheet = workbook.createSheet("Contacts");
            row(sheet, 0, "Birthday");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(1985, 4, 12));
            row.getCell(0).setCellStyle(date);
            write(workbook, file);
        }

        try (XlsxRowReader reader = new XlsxRowReader(file)) {
            assertThat(reader.next()).containsExactly("1985-04-12");
        }
    }

    @Test
    void numbersAreWrittenInPlainNotation() {
        assertThat(XlsxRowReader.plain(new BigDecimal("1.2345678901E10"))).isEqualTo("12345678901");
        assertThat(XlsxRowReader.plain(new BigDecimal("42.0"))).isEqualTo("42");
        assertThat(XlsxRowReader.plain(new BigDecimal("1.1000000000000001"))).isEqualTo("1.1");
        assertThat(XlsxRowReader.plain(new BigDecimal("0"))).isEqualTo("0");
    }

    @Test
    void aBigSheetIsReadToTheEndThroughTheQueue() throws IOException {
        try (XlsxRowReader reader = new XlsxRowReader(big)) {
            assertThat(reader.headers()).containsExactly("Name", "Email", "Number");
            int count = 0;
            double progress = 0;
            List<List<String>> wrong = new ArrayList<>();
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                count++;
                if (!row.equals(List.of("Contact " + count, "contact" + count + "@example.com", "" + count))) {
                    wrong.add(row);
                }
                if (count == BIG_ROWS / 2) {
                    progress = reader.progress();
                }
            }
            assertThat(count).isEqualTo(BIG_ROWS);
            assertThat(wrong).isEmpty();
            assertThat(progress)
                    .satisfiesAnyOf(
                            p -> assertThat(p).isEqualTo(-1.0),
                            p -> assertThat(p).isBetween(0.45, 0.55));
            assertThat(reader.progress()).isEqualTo(1.0);
        }
        assertThat(parserThreads()).isEmpty();
    }

    @Test
    void closingMidFileStopsTheParser() throws IOException, InterruptedException {
        XlsxRowReader reader = new XlsxRowReader(big);
        for (int i = 0; i < 10; i++) {
            assertThat(reader.next()).isNotNull();
        }
        List<Thread> parsers = parserThreads();
        assertThat(parsers).hasSize(1);
        assertThat(parsers.get(0).getState()).isIn(Thread.State.WAITING, Thread.State.RUNNABLE);

        reader.close();
        reader.close();

        parsers.get(0).join(5_000);
        assertThat(parsers.get(0).isAlive()).isFalse();
        assertThat(reader.next()).isNull();
    }

    @Test
    void aBrokenSheetFailsFromNext() throws IOException {
        Path broken = dir.resolve("broken.xlsx");
        truncateSheet(big, broken);

        try (XlsxRowReader reader = new XlsxRowReader(broken)) {
            assertThatThrownBy(() -> {
                        while (reader.next() != null) {
                            // read on until the cut
                        }
                    })
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("could not read the Excel sheet: ")
                    .hasCauseInstanceOf(Exception.class);
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws IOException {
        Path csv = dir.resolve("contacts.xlsx");
        Files.writeString(csv, "Name,Email\nOla,ola@example.com\n", StandardCharsets.UTF_8);
        Path random = dir.resolve("random.xlsx");
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(random, bytes);
        Path letter = dir.resolve("letter.xlsx");
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = Files.newOutputStream(letter)) {
            document.createParagraph().createRun().setText("Dear Ola");
            document.write(out);
        }

        for (Path file : List.of(csv, random, letter)) {
            assertThatThrownBy(() -> new XlsxRowReader(file))
                    .isInstanceOf(IOException.class)
                    .hasMessage("not an Excel (.xlsx) workbook");
        }
    }

    @Test
    void anEmptySheetIsRefused() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            workbook.createSheet("Empty");
            workbook.createSheet("Second").createRow(0).createCell(0).setCellValue("not read");
            write(workbook, file);
        }

        assertThatThrownBy(() -> new XlsxRowReader(file))
                .isInstanceOf(IOException.class)
                .hasMessage("the workbook's first sheet is empty");
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.getRow(index) != null ? sheet.getRow(index) : sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return row;
    }

    private static void write(SXSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** Copies a workbook with its first sheet's XML cut in the middle. */
    private static void truncateSheet(Path from, Path to) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = Arrays.copyOf(content, content.length / 2);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    private static List<Thread> parserThreads() {
        List<Thread> threads = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("xlsx-reader big.xlsx") && thread.isAlive()) {
                threads.add(thread);
            }
        }
        return threads;
    }
}
