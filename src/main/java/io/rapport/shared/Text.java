package io.rapport.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small, common clean-ups of what people type. */
public final class Text {

    private Text() {}

    /** Trims and collapses runs of white space; blank becomes null. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String collapsed = value.strip().replaceAll("\\s+", " ");
        return collapsed.isEmpty() ? null : collapsed;
    }

    /** Cleans each value, drops blanks and repeats (ignoring case), keeps the order given. */
    public static List<String> cleanList(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (String value : values) {
            String cleaned = clean(value);
            if (cleaned != null && seen.add(cleaned.toLowerCase(java.util.Locale.ROOT))) {
                result.add(cleaned);
            }
        }
        return result;
    }
}
