package io.rapport.shared.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One source row after mapping: the non-blank cells of each mapped field, in column order.
 *
 * @param number the row's number in the file, counting data rows from 1
 */
public record ImportRow(long number, Map<String, List<String>> values) {

    /** How fields of custom fields are named: {@code custom.<key>}. */
    public static final String CUSTOM = "custom.";

    /** The field's first value, or null. */
    public String first(String field) {
        List<String> cells = values.get(field);
        return cells == null || cells.isEmpty() ? null : cells.get(0);
    }

    /** All of the field's values, possibly none. */
    public List<String> all(String field) {
        return values.getOrDefault(field, List.of());
    }

    /** The values of mapped custom fields ({@code custom.<key>}) by key; several cells of one field joined by "; ". */
    public Map<String, Object> customValues() {
        Map<String, Object> custom = new LinkedHashMap<>();
        values.forEach((field, cells) -> {
            if (field.startsWith(CUSTOM) && !cells.isEmpty()) {
                custom.put(field.substring(CUSTOM.length()), String.join("; ", cells));
            }
        });
        return custom;
    }
}
