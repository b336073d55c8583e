package io.rapport.importexport;

import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RapportProperties;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files: kept under the data directory until their import is done with them, and read through
 * the reader of their format. A file is read whole once when it arrives, so a broken one is refused with a
 * message before anything is written, and the import knows its number of rows.
 */
@Component
class ImportFiles {

    /** More columns than any real export has; a mapping page of thousands of columns helps no one. */
    static final int MOST_COLUMNS = 1_000;

    private static final int SAMPLE_ROWS = 5;

    private final Path root;

    ImportFiles(RapportProperties properties) {
        this.root = properties.dataDir().resolve("imports");
    }

    /** What a file holds, as the import needs to know it. */
    record Shape(
            ImportFormat format,
            Character delimiter,
            boolean hasHeader,
            String encoding,
            List<String> headers,
            List<List<String>> sample,
            long rows) {}

    Path store(UUID id, InputStream content) throws IOException {
        Path file = source(id);
        Files.createDirectories(file.getParent());
        Files.copy(content, file);
        return file;
    }

    /** Reads the whole file once: its format, delimiter, header, first rows and number of rows. */
    Shape inspect(Path file, String fileName, Boolean hasHeader) throws IOException {
        ImportFormat format = ImportFormat.of(file, fileName);
        Character delimiter = format == ImportFormat.CSV ? CsvSniffer.delimiter(firstLines(file)) : null;
        Charset vcardCharset = format == ImportFormat.VCARD ? vcardCharset(file) : null;
        boolean header = hasHeader != null ? hasHeader : format != ImportFormat.CSV || csvHasHeader(file, delimiter);
        List<List<String>> sample = new ArrayList<>();
        long rows = 0;
        try (RowReader reader = open(file, format, delimiter, header, vcardCharset)) {
            List<String> headers = reader.headers();
            if (headers.isEmpty()) {
                throw new InvalidInputException("file", "the file is empty");
            }
            checkColumns(headers.size(), 0);
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows++;
                checkColumns(row.size(), rows);
                if (sample.size() < SAMPLE_ROWS) {
                    sample.add(row);
                }
            }
            if (rows == 0) {
                throw new InvalidInputException("file", "the file has a header but no rows");
            }
            String encoding = reader instanceof CsvRowReader csv
                    ? CsvRowReader.charsetName(csv.sawWindows1252())
                    : vcardCharset == null ? null : vcardCharset.name();
            return new Shape(format, delimiter, header, encoding, headers, sample, rows);
        } catch (IOException e) {
            throw new InvalidInputException("file", "row " + (rows + 1) + ": " + e.getMessage());
        }
    }

    RowReader open(ImportJob job) throws IOException {
        Charset charset = job.getFormat() == ImportFormat.VCARD ? Charset.forName(job.getEncoding()) : null;
        return open(source(job.getId()), job.getFormat(), job.getDelimiter(), job.hasHeader(), charset);
    }

    void delete(UUID id) {
        Path directory = source(id).getParent();
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path source(UUID id) {
        return root.resolve(id.toString()).resolve("source");
    }

    private static RowReader open(
            Path file, ImportFormat format, Character delimiter, boolean hasHeader, Charset vcardCharset)
            throws IOException {
        switch (format) {
            case XLSX:
                return new XlsxRowReader(file);
            case VCARD:
                return new VcardRowReader(file, vcardCharset);
            default:
                return new CsvRowReader(file, delimiter == null ? ',' : delimiter, hasHeader);
        }
    }

    private static void checkColumns(int columns, long row) {
        if (columns > MOST_COLUMNS) {
            throw new InvalidInputException(
                    "file",
                    (row == 0 ? "the header" : "row " + row) + " has " + columns + " columns; an import reads at most "
                            + MOST_COLUMNS);
        }
    }

    /** vCard 3.0 and 4.0 are UTF-8; an old 2.1 file that is not UTF-8 is read as Windows-1252. */
    private static Charset vcardCharset(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024 * 1024);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(head));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    private static List<String> firstLines(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(CsvRowReader.text(Files.newInputStream(file)))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null && lines.size() < 20; line = reader.readLine()) {
                if (!line.isBlank() && line.length() < 100_000) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    private static boolean csvHasHeader(Path file, char delimiter) throws IOException {
        try (CsvRowReader reader = new CsvRowReader(file, delimiter, true)) {
            return CsvSniffer.isHeader(reader.headers());
        }
    }
}
