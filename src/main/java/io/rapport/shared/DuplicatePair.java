package io.rapport.shared;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Two records of a type that are likely one, as the duplicates pages show them: best first, with why. */
public record DuplicatePair(Side first, Side second, int score, List<String> reasons) {

    /** One of the pair: its id, its name and a detail to tell it apart (an email, a domain). */
    public record Side(UUID id, String name, String detail) {

        boolean contains(String needle) {
            return lower(name).contains(needle) || lower(detail).contains(needle);
        }
    }

    /**
     * Whether either side's name or detail contains what was typed, ignoring case; nothing typed matches every
     * pair.
     */
    public boolean matches(String typed) {
        String needle = lower(Text.clean(typed));
        return needle.isEmpty() || first.contains(needle) || second.contains(needle);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
