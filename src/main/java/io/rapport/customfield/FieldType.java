package io.rapport.customfield;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.rapport.shared.filter.FilterField.Kind;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a custom field holds. Each type keeps its values in the record's {@code custom_fields} JSONB in one form:
 * text as strings, numbers as JSON numbers, dates as ISO strings ("2026-11-23", "2026-11-23T09:30:00Z", which
 * sort as text), booleans as JSON booleans, a multi select as an array of its options.
 */
public enum FieldType {
    TEXT("text", Kind.TEXT),
    LONG_TEXT("longText", Kind.TEXT),
    NUMBER("number", Kind.NUMBER),
    DECIMAL("decimal", Kind.NUMBER),
    CURRENCY("currency", Kind.NUMBER),
    DATE("date", Kind.DATE_TEXT),
    DATE_TIME("dateTime", Kind.INSTANT_TEXT),
    BOOLEAN("boolean", Kind.BOOLEAN_TEXT),
    SINGLE_SELECT("singleSelect", Kind.TEXT),
    MULTI_SELECT("multiSelect", Kind.OPTIONS),
    URL("url", Kind.TEXT),
    EMAIL("email", Kind.TEXT),
    PHONE("phone", Kind.TEXT);

    private final String code;
    private final Kind kind;

    FieldType(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** How filters and sorts read the stored value. */
    public Kind filterKind() {
        return kind;
    }

    public boolean hasOptions() {
        return this == SINGLE_SELECT || this == MULTI_SELECT;
    }

    public static Optional<FieldType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    @JsonCreator
    static FieldType parse(String code) {
        return fromCode(code)
                .orElseThrow(() -> new IllegalArgumentException("must be one of text, longText, number, decimal,"
                        + " currency, date, dateTime, boolean, singleSelect, multiSelect, url, email, phone"));
    }
}
