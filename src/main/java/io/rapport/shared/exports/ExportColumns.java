package io.rapport.shared.exports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of an export, as the list shows them: the record's own columns (its id and name) always, then the
 * export columns of each column the list shows (custom fields as {@code custom.<key>}), in the export's order.
 * A list with no choice of columns exports every column.
 *
 * @param always the export columns every export has ({@code id}, the name)
 * @param exportedAs the export columns of the list columns that are not exported under their own name
 *     ({@code company} as {@code companyId} and {@code companyName})
 */
public record ExportColumns(List<String> always, Map<String, List<String>> exportedAs) {

    /** The list's columns as request parameters keep them: {@code cols=email,phone} (or one per parameter). */
    public static List<String> requested(String cols) {
        return cols == null || cols.isBlank()
                ? List.of()
                : Arrays.stream(cols.split(","))
                        .map(String::strip)
                        .filter(col -> !col.isEmpty())
                        .toList();
    }

    /** The positions, in {@code header}, of the columns to export for the list's {@code shown} columns. */
    public int[] positions(List<String> header, List<String> shown) {
        if (shown == null || shown.isEmpty()) {
            return java.util.stream.IntStream.range(0, header.size()).toArray();
        }
        Set<String> wanted = new LinkedHashSet<>(always);
        shown.forEach(col -> wanted.addAll(exportedAs.getOrDefault(col, List.of(col))));
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (wanted.contains(header.get(i))) {
                positions.add(i);
            }
        }
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The cells of a row at the given positions. */
    public static List<String> pick(List<String> row, int[] positions) {
        List<String> picked = new ArrayList<>(positions.length);
        for (int position : positions) {
            picked.add(row.get(position));
        }
        return picked;
    }
}
