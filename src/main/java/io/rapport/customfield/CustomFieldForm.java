package io.rapport.customfield;

import java.util.Arrays;
import java.util.List;

/**
 * The admin page's form for a custom field: options one per line (or separated by commas), the default as
 * typed. Becomes the same {@link CustomFieldInput} the API takes, so both are checked alike.
 */
record CustomFieldForm(
        String recordType,
        String key,
        String label,
        String type,
        Boolean required,
        String defaultValue,
        String helpText,
        String options,
        String currency,
        Integer position) {

    static CustomFieldForm empty(String recordType) {
        return new CustomFieldForm(recordType, null, null, "text", false, null, null, null, null, null);
    }

    static CustomFieldForm of(FieldDefinition field) {
        return new CustomFieldForm(
                field.recordType(),
                field.key(),
                field.label(),
                field.type().code(),
                field.required(),
                field.formValue(field.defaultValue()),
                field.helpText(),
                String.join("\n", field.options()),
                field.currency(),
                field.position());
    }

    CustomFieldInput toInput() {
        List<String> optionList = options == null || options.isBlank()
                ? List.of()
                : Arrays.stream(options.split(options.contains("\n") ? "\\r?\\n" : ","))
                        .map(String::strip)
                        .filter(option -> !option.isEmpty())
                        .toList();
        return new CustomFieldInput(
                recordType,
                key,
                label,
                type == null ? null : FieldType.fromCode(type).orElse(null),
                required,
                defaultValue == null || defaultValue.isBlank() ? null : defaultValue,
                helpText,
                optionList,
                currency,
                position);
    }
}
