package io.rapport.shared.record;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The searchable words of a record's custom field values: its strings and the options of multi selects. */
public final class CustomText {

    private CustomText() {}

    public static List<String> of(Map<String, Object> values) {
        List<String> text = new ArrayList<>();
        if (values == null) {
            return text;
        }
        for (Object value : values.values()) {
            if (value instanceof String string) {
                text.add(string);
            } else if (value instanceof Collection<?> items) {
                items.forEach(item -> text.add(String.valueOf(item)));
            }
        }
        return text;
    }
}
