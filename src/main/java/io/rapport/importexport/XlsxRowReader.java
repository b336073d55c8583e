package io.rapport.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of the first sheet of an Excel (.xlsx) workbook. POI's user model ({@code XSSFWorkbook}) holds the whole
 * workbook in memory, so this reads the sheet's XML with SAX instead: memory stays flat whatever the number of rows
 * (only the shared strings table, which Excel writes once per distinct text, is held). SAX pushes rows and
 * {@link #next()} pulls them, so the parse runs on its own thread and hands rows over through a small bounded queue
 * (at most four batches of 64 rows: handing rows over one by one made the threads wake each other for every row,
 * two to three times slower); the parser waits while the queue is full, and {@link #close()} stops it.
 *
 * <p>Cells come as the text a user expects, not as Excel displays them: numbers in plain notation without a
 * trailing ".0" (to Excel's 15 significant digits), dates as ISO {@code yyyy-MM-dd} (with {@code 'T'HH:mm:ss} when
 * there is a time), booleans as {@code true}/{@code false}; blank cells inside a row are empty strings. POI's zip
 * bomb limits ({@code ZipSecureFile}) stay on.
 */
final class XlsxRowReader implements RowReader {

    private static final int BATCH = 64;
    private static final List<List<String>> END = new ArrayList<>(0);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final List<String> WORKBOOK_TYPES = List.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private final OPCPackage pkg;
    private final BlockingQueue<List<List<String>>> queue = new ArrayBlockingQueue<>(4);
    private final Thread parser;
    private final List<String> headers;
    private volatile boolean closed;
    private volatile Throwable failure;
    private volatile int dimensionRows = -1;
    private Iterator<List<String>> batch = Collections.emptyIterator();
    private long read;
    private boolean done;

    XlsxRowReader(Path file) throws IOException {
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new IOException("not an Excel (.xlsx) workbook", e);
        }
        if (WORKBOOK_TYPES.stream()
                .allMatch(type -> pkg.getPartsByContentType(type).isEmpty())) {
            pkg.revert(); // a Word or PowerPoint file, or a binary .xlsb workbook
            throw new IOException("not an Excel (.xlsx) workbook");
        }
        InputStream sheet;
        Handler handler;
        try {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            handler = new Handler(reader.getStylesTable(), strings, new IsoFormatter(isDate1904(reader)), new Rows());
            sheet = sheets.hasNext() ? sheets.next() : null;
        } catch (Exception e) {
            pkg.revert();
            throw new IOException("not an Excel (.xlsx) workbook", e);
        }
        if (sheet == null) {
            pkg.revert();
            throw new IOException("the workbook's first sheet is empty");
        }
        parser = new Thread(() -> parse(sheet, handler), "xlsx-reader " + file.getFileName());
        parser.setDaemon(true);
        parser.start();
        try {
            headers = next();
        } catch (IOException e) {
            close();
            throw e;
        }
        if (headers == null) {
            close();
            throw new IOException("the workbook's first sheet is empty");
        }
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public List<String> next() throws IOException {
        if (done) {
            return null;
        }
        if (!batch.hasNext()) {
            List<List<String>> rows;
            try {
                rows = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the Excel sheet");
            }
            if (rows == END) {
                done = true;
                Throwable cause = failure;
                if (cause != null) {
                    throw new IOException("could not read the Excel sheet: " + cause.getMessage(), cause);
                }
                return null;
            }
            batch = rows.iterator();
        }
        read++;
        return batch.next();
    }

    @Override
    public double progress() {
        if (done) {
            return 1;
        }
        int total = dimensionRows;
        return total > 1 ? Math.min(1, (double) read / total) : -1;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        done = true;
        parser.interrupt();
        try {
            parser.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pkg.revert();
        }
    }

    private void parse(InputStream sheet, Handler handler) {
        try (sheet) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(sheet));
        } catch (Throwable e) {
            failure = e;
        }
        try {
            if (!closed) {
                handler.rows.flush(); // the rows read before an error are read too
                queue.put(END);
            }
        } catch (InterruptedException | Stopped e) {
            // closed while waiting for room: nobody will read on
        }
    }

    private void emit(List<List<String>> rows) {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** Reads {@code date1904} from workbook.xml: workbooks made on old Macs count days from 1904. */
    private static boolean isDate1904(XSSFReader reader) throws Exception {
        boolean[] date1904 = {false};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equals(value);
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            xml.parse(new InputSource(workbook));
        }
        return date1904[0];
    }

    /** A number in plain notation, to Excel's 15 significant digits, without trailing zeros. */
    static String plain(BigDecimal number) {
        return number.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /** The number of rows in a dimension such as {@code A1:F2001}, or -1. */
    private static int rowsIn(String ref) {
        try {
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            return range.getLastRow() - range.getFirstRow() + 1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The zero-based column of a cell reference such as {@code AB12}. */
    private static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + Character.toUpperCase(ref.charAt(i)) - 'A' + 1;
        }
        return column - 1;
    }

    /** The parser thread stops with this when the reader is closed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("reader closed", null, false, false);
        }
    }

    /** Formats numeric cells: ISO dates for date formats, plain numbers for everything else. */
    private static final class IsoFormatter extends DataFormatter {

        private final boolean date1904;

        IsoFormatter(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, date1904);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, date1904, true);
                if (value < 1) {
                    return TIME.format(time);
                }
                return time.toLocalTime().toSecondOfDay() == 0 ? DATE.format(time) : DATE_TIME.format(time);
            }
            return plain(BigDecimal.valueOf(value));
        }
    }

    /** Gathers the cells of each row, in their columns, and hands the rows to the queue in batches. */
    private final class Rows implements SheetContentsHandler {

        private List<List<String>> batch = new ArrayList<>(BATCH);
        private List<String> cells = new ArrayList<>();
        private String type;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (value == null) {
                return; // a comment on an empty cell
            }
            int column = ref == null ? cells.size() : column(ref);
            while (cells.size() < column) {
                cells.add("");
            }
            String text = text(value);
            if (column < cells.size()) {
                cells.set(column, text);
            } else {
                cells.add(text);
            }
        }

        private String text(String value) {
            if (type == null || "n".equals(type)) {
                try {
                    return plain(new BigDecimal(value)); // a number written without a style: raw, maybe 1.2E10
                } catch (NumberFormatException e) {
                    return value; // formatted already (a date)
                }
            }
            switch (type) {
                case "b":
                    return value.toLowerCase(Locale.ROOT);
                case "e":
                    return value.startsWith("ERROR:") ? value.substring("ERROR:".length()) : value;
                default:
                    return value;
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (!cells.isEmpty()) {
                batch.add(cells);
            }
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                emit(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
    }

    /**
     * POI's sheet handler, also telling {@link Rows} the type of each cell and noting the sheet's dimension (for
     * the progress).
     */
    private final class Handler extends XSSFSheetXMLHandler {

        private final Rows rows;

        Handler(Styles styles, SharedStrings strings, DataFormatter formatter, Rows rows) {
            super(styles, null, strings, rows, formatter, false);
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (closed) {
                throw new Stopped();
            }
            if ("c".equals(localName)) {
                rows.type = attributes.getValue("t");
            } else if ("dimension".equals(localName)) {
                dimensionRows = rowsIn(attributes.getValue("ref"));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }
}
