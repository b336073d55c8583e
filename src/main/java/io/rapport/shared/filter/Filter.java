package io.rapport.shared.filter;

import java.util.List;

/** A filter: a condition, or a group of filters of which all ({@code and}) or any ({@code or}) must hold. */
public sealed interface Filter {

    /** All of the parts hold; an empty group holds for every record. */
    record All(List<Filter> parts) implements Filter {}

    /** At least one of the parts holds. */
    record Any(List<Filter> parts) implements Filter {}

    /**
     * One field compared with a value: a JSON scalar, a list (for {@code in}, {@code notIn}, {@code between}) or
     * nothing (for {@code isEmpty}, {@code isNotEmpty}).
     */
    record Condition(String field, Operator op, Object value) implements Filter {}

    static Filter all(List<Filter> parts) {
        return new All(List.copyOf(parts));
    }
}
