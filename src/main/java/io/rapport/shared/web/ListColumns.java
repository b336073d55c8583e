package io.rapport.shared.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The columns a list shows: the ones the user picked, in the list's own order, or its defaults. */
public final class ListColumns {

    private ListColumns() {}

    public static List<String> choose(List<String> requested, List<String> available, List<String> defaults) {
        if (requested == null || requested.isEmpty()) {
            return defaults;
        }
        Set<String> wanted = new LinkedHashSet<>(requested);
        List<String> chosen = available.stream().filter(wanted::contains).toList();
        return chosen.isEmpty() ? defaults : chosen;
    }

    /**
     * Whether each available column is shown, for templates: one map look-up per cell is far cheaper than
     * iterating the chosen columns and switching on their names.
     */
    public static Map<String, Boolean> shown(List<String> chosen, List<String> available) {
        Map<String, Boolean> shown = new HashMap<>();
        available.forEach(column -> shown.put(column, chosen.contains(column)));
        return shown;
    }
}
