package io.rapport.importexport;

import io.rapport.shared.imports.ImportRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a file's row into the mapped values an import target reads. */
final class ImportRows {

    private ImportRows() {}

    /** The non-blank cells of each mapped column, by field, stripped of surrounding spaces. */
    static ImportRow map(long number, List<String> cells, List<String> mapping) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int column = 0; column < Math.min(cells.size(), mapping.size()); column++) {
            String field = mapping.get(column);
            String cell = cells.get(column);
            if (field != null && cell != null && !cell.isBlank()) {
                values.computeIfAbsent(field, key -> new ArrayList<>()).add(cell.strip());
            }
        }
        return new ImportRow(number, values);
    }
}
