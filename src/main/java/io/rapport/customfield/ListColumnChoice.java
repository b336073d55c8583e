package io.rapport.customfield;

import io.rapport.shared.web.ListColumns;
import io.rapport.shared.web.ListRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.ui.Model;

/**
 * The columns a record list shows, fixed and custom: the ones the user picked (custom fields by their path,
 * {@code custom.<key>}), in the list's order, or its defaults; and the list's rows with those columns.
 *
 * @param columns the fixed columns shown
 * @param customColumns the custom fields shown
 */
public record ListColumnChoice(List<String> columns, List<FieldDefinition> customColumns) {

    /**
     * Puts into the page's model: {@code columns} (the fixed ones shown), {@code customColumns} (the custom fields
     * shown), {@code customFields} (all active ones, to choose from) and {@code allColumns} (the fixed ones).
     */
    public static ListColumnChoice addTo(
            Model model,
            List<FieldDefinition> custom,
            List<String> requested,
            List<String> fixed,
            List<String> defaults) {
        List<String> available = new ArrayList<>(fixed);
        custom.forEach(field -> available.add(field.path()));
        List<String> chosen = ListColumns.choose(requested, available, defaults);
        ListColumnChoice choice = new ListColumnChoice(
                chosen.stream().filter(fixed::contains).toList(),
                custom.stream().filter(field -> chosen.contains(field.path())).toList());
        model.addAttribute("columns", choice.columns());
        model.addAttribute("customColumns", choice.customColumns());
        model.addAttribute("customFields", custom);
        model.addAttribute("allColumns", fixed);
        return choice;
    }

    /**
     * The rows of a list page as HTML, escaped, for the template to write as it is: each record's name, then its
     * cells in the columns shown. One string for the whole page, so the template evaluates one expression, not
     * one per row (see {@link ListRow}).
     */
    public <T> String rows(List<T> records, RowCells<T> cells) {
        return records.stream()
                .map(record -> {
                    ListRow.Builder row = cells.named(record);
                    columns.forEach(column -> cells.fixed(record, column, row));
                    Map<String, Object> values = cells.customValues(record);
                    customColumns.forEach(field -> row.text(field.display(values.get(field.key()))));
                    return row.build().html();
                })
                .collect(Collectors.joining("\n"));
    }

    /** How one record type's list writes its records' cells. */
    public interface RowCells<T> {

        /** A row started with the record's name cell. */
        ListRow.Builder named(T record);

        /** Appends the record's cell of one fixed column. */
        void fixed(T record, String column, ListRow.Builder row);

        Map<String, Object> customValues(T record);
    }
}
