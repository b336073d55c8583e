package io.rapport.shared.db;

import java.util.List;

/** PostgreSQL array literals ({@code {"a","b"}}), for passing a list per row inside a text array. */
public final class PgArrays {

    private PgArrays() {}

    public static String literal(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"');
            String value = values.get(i);
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                if (ch == '"' || ch == '\\') {
                    literal.append('\\');
                }
                literal.append(ch);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }
}
