package io.rapport.shared.value;

import java.util.Locale;

/** Personal names as people write them. */
public final class PersonNames {

    private PersonNames() {}

    /**
     * Capitalises a name typed all in capitals or all in small letters ("ANNE-MARIE O'NEIL" and "anne-marie
     * o'neil" give "Anne-Marie O'Neil"); a name in mixed case is kept as written ("McAllister", "van Dijk").
     */
    public static String capitalise(String name) {
        if (name == null
                || !(name.equals(name.toUpperCase(Locale.ROOT)) || name.equals(name.toLowerCase(Locale.ROOT)))) {
            return name;
        }
        StringBuilder result = new StringBuilder(name.length());
        boolean startOfWord = true;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            result.appendCodePoint(startOfWord ? Character.toTitleCase(codePoint) : Character.toLowerCase(codePoint));
            startOfWord = !Character.isLetter(codePoint);
            i += Character.charCount(codePoint);
        }
        return result.toString();
    }
}
