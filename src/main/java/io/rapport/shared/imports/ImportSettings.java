package io.rapport.shared.imports;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.rapport.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How an import treats its rows.
 *
 * @param actorId who runs it: the owner of new records and the author in the audit trail
 */
public record ImportSettings(UUID importId, UUID actorId, DuplicatePolicy duplicatePolicy, MatchOn matchOn) {

    /** What to do with a row that matches an existing record: {@code skip}, {@code update} or {@code create}. */
    public enum DuplicatePolicy {
        SKIP,
        UPDATE,
        CREATE;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static DuplicatePolicy of(String code) {
            return Codes.parse(DuplicatePolicy.class, "duplicatePolicy", code);
        }
    }

    /** What makes a row match an existing record: {@code email}, {@code phone} or {@code externalId}. */
    public enum MatchOn {
        EMAIL,
        PHONE,
        EXTERNAL_ID;

        @JsonValue
        public String code() {
            return Codes.camel(name());
        }

        @JsonCreator
        public static MatchOn of(String code) {
            return Codes.parse(MatchOn.class, "matchOn", code);
        }
    }

    private static final class Codes {

        static String camel(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            int underscore = lower.indexOf('_');
            return underscore < 0
                    ? lower
                    : lower.substring(0, underscore)
                            + Character.toUpperCase(lower.charAt(underscore + 1))
                            + lower.substring(underscore + 2);
        }

        /** The constant whose code (or name) the text is, ignoring case; null for blank; otherwise a 400. */
        static <E extends Enum<E>> E parse(Class<E> type, String field, String code) {
            if (code == null || code.isBlank()) {
                return null;
            }
            String wanted = code.strip().replace("_", "");
            return Arrays.stream(type.getEnumConstants())
                    .filter(constant -> constant.name().replace("_", "").equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            field,
                            "must be one of "
                                    + Arrays.stream(type.getEnumConstants())
                                            .map(constant -> camel(constant.name()))
                                            .collect(Collectors.joining(", "))));
        }
    }
}
