package io.rapport.importexport;

import io.rapport.shared.imports.ImportRow;
import io.rapport.shared.web.CsvWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a file's row into the mapped values an import target reads. */
final class ImportRows {

    private ImportRows() {}

    /** The non-blank cells of each mapped column, by field, stripped of surrounding spaces and spreadsheet guards. */
    static ImportRow map(long number, List<String> cells, List<String> mapping) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int column = 0; column < Math.min(cells.size(), mapping.size()); column++) {
            String field = mapping.get(column);
            String cell = cells.get(column);
            if (field != null && cell != null && !cell.isBlank()) {
                values.computeIfAbsent(field, key -> new ArrayList<>()).add(unguarded(cell.strip()));
            }
        }
        return new ImportRow(number, values);
    }

    /**
     * The cell without the apostrophe that exports and error files put before a value a spreadsheet would run
     * as a formula ("'+47 415 22 345"), so a downloaded file imported again gives back what was typed.
     */
    static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && CsvWriter.couldRunAsFormula(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }
}
