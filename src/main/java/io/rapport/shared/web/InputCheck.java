package io.rapport.shared.web;

import java.util.Map;

/**
 * What no request may carry, wherever it comes in (parameters, multipart parts, JSON): a NUL character, which
 * PostgreSQL refuses in text (it answered 500 from deep inside a query), and parameter names that are empty or
 * hold control characters (nothing binds them; Tomcat's parser threw on some of them).
 */
final class InputCheck {

    /** A fault found: the field it is in (a parameter name, or "parameter name") and what is wrong. */
    record Fault(String field, String message) {}

    static final String NUL = "must not contain a NUL character";

    private InputCheck() {}

    /** The first fault among these parameters, or null. */
    static Fault parameters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            Fault fault = parameter(parameter.getKey(), parameter.getValue());
            if (fault != null) {
                return fault;
            }
        }
        return null;
    }

    static Fault parameter(String name, String... values) {
        if (name.isEmpty() || name.chars().anyMatch(Character::isISOControl)) {
            return new Fault("parameter name", "must be a non-empty name without control characters");
        }
        for (String value : values) {
            if (value != null && value.indexOf('\0') >= 0) {
                return new Fault(name, NUL);
            }
        }
        return null;
    }

    /**
     * Whether a JSON text holds a NUL: the escape {@code \u0000} (after an odd number of backslashes; an escaped
     * backslash followed by "u0000" is plain text) or a raw zero byte. JSON's escapes are ASCII, so the UTF-8
     * bytes are read as they are.
     */
    static boolean jsonHasNul(byte[] body) {
        int backslashes = 0;
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b == 0) {
                return true;
            }
            if (b == '\\') {
                backslashes++;
                continue;
            }
            if (backslashes % 2 == 1 && b == 'u' && nulDigits(body, i + 1)) {
                return true;
            }
            backslashes = 0;
        }
        return false;
    }

    private static boolean nulDigits(byte[] body, int from) {
        if (from + 4 > body.length) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (body[i] != '0') {
                return false;
            }
        }
        return true;
    }
}
