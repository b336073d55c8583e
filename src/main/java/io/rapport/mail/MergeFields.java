package io.rapport.mail;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merge fields in templates: {@code {{contact.firstName}}} is replaced by the value the caller gives for
 * {@code contact.firstName} (empty when the record has none). A field the caller does not know is an error the
 * writer sees before anything is sent, never a silent blank.
 */
public final class MergeFields {

    /** The fields a template may use; whoever sends fills in each of them. */
    public static final Set<String> FIELDS = Set.of(
            "contact.firstName",
            "contact.lastName",
            "contact.name",
            "contact.email",
            "contact.jobTitle",
            "contact.companyName",
            "user.name",
            "user.email");

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z]+(?:\\.[A-Za-z]+)*)\\s*}}");

    private MergeFields() {}

    /** The fields the text uses that are not among {@link #FIELDS}, in order. */
    public static Set<String> unknown(String text) {
        Set<String> unknown = new TreeSet<>();
        if (text != null) {
            Matcher matcher = FIELD.matcher(text);
            while (matcher.find()) {
                if (!FIELDS.contains(matcher.group(1))) {
                    unknown.add(matcher.group(1));
                }
            }
        }
        return unknown;
    }

    /** The text with every known field replaced by its value (null values by nothing). */
    public static String render(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher matcher = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String field = matcher.group(1);
            String value = values.containsKey(field) ? values.get(field) : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
