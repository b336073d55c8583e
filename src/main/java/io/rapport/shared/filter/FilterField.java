package io.rapport.shared.filter;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.util.function.Function;

/**
 * A field a filter may name, and how the database reads it. Record modules list their columns; custom fields
 * ({@code custom.<key>}) are read through the SQL functions {@code cf_text}, {@code cf_number} and {@code cf_has}
 * with the key inlined, the very expressions their indexes are built on.
 */
public record FilterField(String name, Kind kind, Read read, Function<String, Object> parser) {

    /** What the field holds, which decides the operators it takes and how values are read. */
    public enum Kind {
        /** Text, compared without regard to case: {@code lower(expression)}. */
        TEXT,
        /** A text array column (tags, emails): eq and contains test for an element. */
        TEXT_ARRAY,
        NUMBER,
        DATE,
        INSTANT,
        /** A date kept as ISO text ("2026-11-23"), as custom fields keep them. */
        DATE_TEXT,
        /** An instant kept as ISO text in UTC ("2026-11-23T09:30:00Z"). */
        INSTANT_TEXT,
        /** A boolean kept as "true" / "false" text. */
        BOOLEAN_TEXT,
        UUID,
        /** One of a fixed set of codes, read with {@link FilterField#parser()}. */
        CODE,
        /** A custom multi select: {@link Read} gives the {@code custom_fields} column, the key is in the name. */
        OPTIONS,
        /** Whole years since a birth date; {@link Read} gives the date column. */
        AGE
    }

    /** How a query reads the field from the record's root. */
    @FunctionalInterface
    public interface Read {
        Expression<?> from(CriteriaBuilder builder, Root<?> root);
    }

    /** A field read from an entity attribute; a dotted path ({@code address.city}) reads an embedded one. */
    public static FilterField of(String name, Kind kind, String attribute) {
        return new FilterField(name, kind, (builder, root) -> path(root, attribute), null);
    }

    public static FilterField code(String name, String attribute, Function<String, Object> parser) {
        return new FilterField(name, Kind.CODE, (builder, root) -> path(root, attribute), parser);
    }

    /** The attribute at a dotted path from the root. */
    public static Path<?> path(Root<?> root, String attribute) {
        Path<?> path = root;
        for (String part : attribute.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }

    /** A custom field: its key, and whether it is read as text, as a number or as a list of options. */
    public static FilterField custom(String key, Kind kind) {
        Read read = switch (kind) {
            case NUMBER ->
                (builder, root) -> builder.function(
                        "cf_number", java.math.BigDecimal.class, root.get("customFields"), builder.literal(key));
            case OPTIONS -> (builder, root) -> root.get("customFields");
            default ->
                (builder, root) ->
                        builder.function("cf_text", String.class, root.get("customFields"), builder.literal(key));
        };
        return new FilterField("custom." + key, kind, read, null);
    }

    /** The key of a custom field ({@code custom.<key>}). */
    public String customKey() {
        return name.substring("custom.".length());
    }

    /** What a list is sorted by for this field: text in lower case, so a sort on it uses the same index. */
    public Expression<?> sortExpression(CriteriaBuilder builder, Root<?> root) {
        Expression<?> expression = read.from(builder, root);
        @SuppressWarnings("unchecked")
        Expression<String> text = (Expression<String>) expression;
        return kind == Kind.TEXT ? builder.lower(text) : expression;
    }
}
