package io.rapport.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Field-by-field differences between two snapshots of a record, for events and the audit trail. */
public final class Changes {

    private Changes() {}

    public static List<FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String oldValue = text(before.get(field));
            String newValue = text(after.get(field));
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new FieldChange(field, oldValue, newValue));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty()
                    ? null
                    : String.join(", ", collection.stream().map(String::valueOf).toList());
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
