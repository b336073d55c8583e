package io.rapport.customfield;

import io.rapport.shared.FieldProblem;
import io.rapport.shared.Text;
import io.rapport.shared.value.EmailAddresses;
import io.rapport.shared.value.PhoneNumbers;
import io.rapport.shared.value.WebAddresses;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads one custom field value, whichever way it came (a JSON value from the API, a string from a form or an
 * import cell), into the one form {@link FieldType} stores; a value that cannot be read is a problem for the
 * field and yields null.
 */
@Component
class CustomValues {

    private static final int LONGEST_TEXT = 255;
    private static final int LONGEST_LONG_TEXT = 10_000;
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "on", "ja", "oui");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "off", "nei", "non");

    private final PhoneNumbers phoneNumbers;

    CustomValues(PhoneNumbers phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
    }

    /** The value in stored form, or null when it is empty or unreadable (then {@code problems} says why). */
    Object normalise(FieldDefinition field, Object given, String country, List<FieldProblem> problems) {
        Object raw = given instanceof Object[] array ? Arrays.asList(array) : given;
        if (isEmpty(raw)) {
            return null;
        }
        String name = "customFields." + field.key();
        Problems report = message -> problems.add(new FieldProblem(name, message));
        return switch (field.type()) {
            case TEXT -> text(raw, LONGEST_TEXT, report);
            case LONG_TEXT -> text(raw, LONGEST_LONG_TEXT, report);
            case NUMBER -> number(raw, report, true);
            case DECIMAL -> number(raw, report, false);
            case CURRENCY -> currency(raw, report);
            case DATE -> date(raw, report);
            case DATE_TIME -> dateTime(raw, report);
            case BOOLEAN -> bool(raw, report);
            case SINGLE_SELECT -> option(field, Text.clean(String.valueOf(raw)), report);
            case MULTI_SELECT -> options(field, raw, report);
            case URL -> url(raw, report);
            case EMAIL -> email(raw, report);
            case PHONE -> phone(raw, country, name, problems);
        };
    }

    @FunctionalInterface
    private interface Problems {
        void add(String message);
    }

    static boolean isEmpty(Object raw) {
        return raw == null
                || (raw instanceof String text && text.isBlank())
                || (raw instanceof Collection<?> list && list.stream().allMatch(CustomValues::isEmpty))
                || (raw instanceof Object[] array && Arrays.stream(array).allMatch(CustomValues::isEmpty));
    }

    private static String text(Object raw, int longest, Problems report) {
        if (raw instanceof Map<?, ?> || raw instanceof Collection<?>) {
            report.add("must be text");
            return null;
        }
        String text = longest == LONGEST_TEXT
                ? Text.clean(String.valueOf(raw))
                : String.valueOf(raw).strip();
        if (text.length() > longest) {
            report.add("must be at most " + longest + " characters");
            return null;
        }
        return text;
    }

    private static BigDecimal number(Object raw, Problems report, boolean whole) {
        BigDecimal number = decimal(raw);
        if (number == null) {
            report.add("must be a number");
            return null;
        }
        if (whole && number.stripTrailingZeros().scale() > 0) {
            report.add("must be a whole number");
            return null;
        }
        if (number.abs().compareTo(new BigDecimal("1e15")) >= 0) {
            report.add("must be less than 10^15");
            return null;
        }
        return number;
    }

    private static BigDecimal currency(Object raw, Problems report) {
        BigDecimal amount = number(raw, report, false);
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** A number from JSON, or from text with a decimal point or comma and spaces or apostrophes grouping digits. */
    private static BigDecimal decimal(Object raw) {
        if (raw instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (!(raw instanceof String text)) {
            return null;
        }
        String digits = text.strip().replace(" ", "").replace("\u00a0", "").replace("'", "");
        if (digits.contains(",") && !digits.contains(".")) {
            digits = digits.replace(',', '.');
        } else {
            digits = digits.replace(",", "");
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String date(Object raw, Problems report) {
        try {
            return LocalDate.parse(String.valueOf(raw).strip()).toString();
        } catch (DateTimeParseException e) {
            report.add("must be a date as YYYY-MM-DD");
            return null;
        }
    }

    /** An instant in UTC to the second; a time without an offset is read as UTC. */
    private static String dateTime(Object raw, Problems report) {
        String text = String.valueOf(raw).strip();
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                instant = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                report.add("must be a date and time as YYYY-MM-DDTHH:MM:SSZ");
                return null;
            }
        }
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Boolean bool(Object raw, Problems report) {
        if (raw instanceof Boolean value) {
            return value;
        }
        String text = String.valueOf(raw).strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(text)) {
            return true;
        }
        if (FALSE.contains(text)) {
            return false;
        }
        report.add("must be true or false");
        return null;
    }

    private static String option(FieldDefinition field, String value, Problems report) {
        for (String option : field.options()) {
            if (option.equalsIgnoreCase(value)) {
                return option;
            }
        }
        report.add("'" + value + "' is not one of " + String.join(", ", field.options()));
        return null;
    }

    /** A list of options, or text with them separated by commas or semicolons (a form, an import cell). */
    private static List<String> options(FieldDefinition field, Object raw, Problems report) {
        List<String> given = raw instanceof Collection<?> list
                ? list.stream().map(String::valueOf).toList()
                : Arrays.asList(String.valueOf(raw).split("[,;]"));
        List<String> chosen = new ArrayList<>();
        for (String value : Text.cleanList(given)) {
            String option = option(field, value, report);
            if (option != null && !chosen.contains(option)) {
                chosen.add(option);
            }
        }
        return chosen.isEmpty() ? null : chosen;
    }

    private static String url(Object raw, Problems report) {
        Optional<String> address = WebAddresses.normalise(String.valueOf(raw));
        if (address.isEmpty()) {
            report.add(WebAddresses.PROBLEM);
        }
        return address.orElse(null);
    }

    private static String email(Object raw, Problems report) {
        String email = String.valueOf(raw).strip().toLowerCase(Locale.ROOT);
        if (!EmailAddresses.isValid(email) || email.length() > 254) {
            report.add("must be a valid email address");
            return null;
        }
        return email;
    }

    private String phone(Object raw, String country, String name, List<FieldProblem> problems) {
        return phoneNumbers
                .normalise(String.valueOf(raw).strip(), country, name, problems)
                .orElse(null);
    }
}
