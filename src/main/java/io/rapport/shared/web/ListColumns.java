package io.rapport.shared.web;

import java.util.LinkedHashSet;
import java.util.List;
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
}
