package io.rapport.customfield;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A custom field's settings as the API and the admin page send them. {@code recordType}, {@code key} and
 * {@code type} are fixed once the field exists (the key names stored values; another type would misread them).
 */
record CustomFieldInput(
        String recordType,
        @Size(max = 40) String key,
        @Size(max = 100) String label,
        FieldType type,
        Boolean required,
        Object defaultValue,
        @Size(max = 500) String helpText,
        @Size(max = 200) List<@Size(max = 100) String> options,
        @Size(max = 3) String currency,
        Integer position) {}
