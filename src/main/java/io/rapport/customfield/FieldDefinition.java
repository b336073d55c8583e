package io.rapport.customfield;

import io.rapport.shared.imports.ImportField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A custom field as forms, lists, filters, the API and imports see it. {@code key} is what values are stored and
 * filtered under ({@code custom.<key>} in filters and list columns).
 */
public record FieldDefinition(
        UUID id,
        String recordType,
        String key,
        String label,
        FieldType type,
        boolean required,
        Object defaultValue,
        String helpText,
        List<String> options,
        String currency,
        int position,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {

    /** The name of the field in filters, sorts and list columns. */
    public String path() {
        return "custom." + key;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** A stored value as pages show it: options joined, booleans as Yes/No, amounts with their currency. */
    public String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return String.join(", ", items.stream().map(String::valueOf).toList());
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (type == FieldType.CURRENCY) {
            return new BigDecimal(value.toString())
                            .setScale(2, RoundingMode.HALF_EVEN)
                            .toPlainString() + " " + currency;
        }
        if (type == FieldType.DATE_TIME) {
            return value.toString().replace('T', ' ').replace("Z", " UTC");
        }
        return value.toString();
    }

    /** A stored value as a form's input holds it (datetime-local takes no seconds and no zone). */
    public String formValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return String.join(", ", items.stream().map(String::valueOf).toList());
        }
        if (type == FieldType.DATE_TIME && value.toString().length() >= 16) {
            return value.toString().substring(0, 16);
        }
        return value.toString();
    }

    /** A stored value as exports write it: as stored, a multi select's options joined by ";". */
    public String exportValue(Object value) {
        if (value instanceof Collection<?> items) {
            return String.join(";", items.stream().map(String::valueOf).toList());
        }
        return value == null ? null : value.toString();
    }

    /** Whether a multi select's value holds an option, for its checkboxes. */
    public boolean holds(Object value, String option) {
        return value instanceof Collection<?> items ? items.contains(option) : option.equals(value);
    }

    /** The field as an import column can fill it, found by its label or key. */
    public ImportField importField() {
        return new ImportField(path(), label, false, List.of(label, key));
    }
}
