package io.rapport.importexport;

import io.rapport.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The kinds of file an import reads, told apart by their first bytes rather than by the file's name alone. */
enum ImportFormat {
    CSV,
    XLSX,
    VCARD;

    private static final int SAMPLE = 8 * 1024;

    static ImportFormat of(Path file, String fileName) throws IOException {
        byte[] head = new byte[SAMPLE];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, SAMPLE);
        }
        if (length == 0) {
            throw new InvalidInputException("file", "the file is empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            if (!name.isEmpty() && !name.endsWith(".xlsx") && !name.endsWith(".xlsm")) {
                throw new InvalidInputException(
                        "file",
                        "this is a zip archive, not a CSV, Excel (.xlsx) or vCard file; save Excel files as .xlsx");
            }
            return XLSX;
        }
        if (length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            throw new InvalidInputException(
                    "file", "this is an old Excel (.xls) workbook; save it as .xlsx or CSV and import that");
        }
        if (!isText(head, length)) {
            throw new InvalidInputException("file", "this is not a text (CSV), Excel (.xlsx) or vCard (.vcf) file");
        }
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        if (text.strip().isEmpty()) {
            throw new InvalidInputException("file", "the file is empty");
        }
        return text.replace("\uFEFF", "").replace("ï»¿", "").strip().startsWith("BEGIN:VCARD") ? VCARD : CSV;
    }

    /** Text has no NUL bytes (except UTF-16's, which starts with a byte order mark) and few control characters. */
    private static boolean isText(byte[] head, int length) {
        boolean utf16 = length >= 2
                && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0 && !utf16) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0) {
                control++;
            }
        }
        return control * 100 < length;
    }
}
