package io.rapport.shared.web;

import io.rapport.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * Reads list parameters kept as text (a background export keeps its list's request parameters) the way Spring
 * binds them in a request: blank is absent, a value that cannot be read is a 400 naming the parameter.
 */
public final class QueryParameters {

    private QueryParameters() {}

    /** A request's parameters, one text each: a parameter given several times ({@code cols}) joined by commas. */
    public static Map<String, String> of(MultiValueMap<String, String> parameters) {
        Map<String, String> joined = new LinkedHashMap<>();
        parameters.forEach((name, values) -> joined.put(name, String.join(",", values)));
        return joined;
    }

    public static String text(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public static UUID uuid(Map<String, String> parameters, String name) {
        return read(parameters, name, UUID::fromString, "is not an id");
    }

    public static Boolean bool(Map<String, String> parameters, String name) {
        String value = text(parameters, name);
        return value == null ? null : Boolean.valueOf(value.strip());
    }

    /** A value read by {@code reader}; {@code problem} says what is wrong when it cannot read it. */
    public static <T> T read(Map<String, String> parameters, String name, Function<String, T> reader, String problem) {
        String value = text(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return reader.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, problem);
        }
    }
}
