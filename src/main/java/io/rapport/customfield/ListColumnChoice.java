package io.rapport.customfield;

import io.rapport.shared.web.ListColumns;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;

/**
 * The columns a record list shows, fixed and custom: the ones the user picked (custom fields by their path,
 * {@code custom.<key>}), in the list's order, or its defaults.
 */
public final class ListColumnChoice {

    private ListColumnChoice() {}

    /**
     * Puts into the page's model: {@code columns} (the fixed ones shown), {@code customColumns} (the custom fields
     * shown), {@code customFields} (all active ones, to choose from) and {@code allColumns} (the fixed ones).
     */
    public static void addTo(
            Model model,
            List<FieldDefinition> custom,
            List<String> requested,
            List<String> fixed,
            List<String> defaults) {
        List<String> available = new ArrayList<>(fixed);
        custom.forEach(field -> available.add(field.path()));
        List<String> chosen = ListColumns.choose(requested, available, defaults);
        model.addAttribute("columns", chosen.stream().filter(fixed::contains).toList());
        model.addAttribute(
                "customColumns",
                custom.stream().filter(field -> chosen.contains(field.path())).toList());
        model.addAttribute("customFields", custom);
        model.addAttribute("allColumns", fixed);
    }
}
