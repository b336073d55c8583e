package io.rapport.importexport;

import java.util.List;
import java.util.regex.Pattern;

/** Guesses how a CSV file is written from its first lines: the delimiter, and whether the first row is a header. */
final class CsvSniffer {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /** A cell that a header would not hold: an email address, a number, a date. */
    private static final Pattern DATA = Pattern.compile(".*@.*\\..*|[+\\d\\s().,/-]{4,}");

    private CsvSniffer() {}

    /**
     * The delimiter that splits the first lines into the same number of fields, most fields winning; quoted text
     * is not counted. A comma when nothing splits.
     */
    static char delimiter(List<String> lines) {
        char best = ',';
        int bestScore = 0;
        for (char delimiter : DELIMITERS) {
            int fewest = Integer.MAX_VALUE;
            int most = 0;
            for (String line : lines) {
                int count = countOutsideQuotes(line, delimiter);
                fewest = Math.min(fewest, count);
                most = Math.max(most, count);
            }
            int score = lines.isEmpty() ? 0 : (fewest == most ? fewest * 2 : fewest);
            if (score > bestScore) {
                best = delimiter;
                bestScore = score;
            }
        }
        return best;
    }

    /** A first row is a header unless one of its cells looks like data. */
    static boolean isHeader(List<String> firstRow) {
        return firstRow.stream().noneMatch(cell -> DATA.matcher(cell.strip()).matches());
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
