package io.rapport.shared.web;

import io.rapport.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Times as pages show and forms send them, in the server's time zone (users have no time zone setting yet): to
 * the minute for reading, and as a {@code datetime-local} input writes them.
 */
public final class PageTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private PageTimes() {}

    /** A time to the minute, such as 2026-11-23 16:45; null for none. */
    public static String minutes(Instant time) {
        return time == null ? null : MINUTES.format(time.atZone(ZoneId.systemDefault()));
    }

    /** A time as a {@code datetime-local} input shows it (2026-11-23T16:45); null for none. */
    public static String forInput(Instant time) {
        return time == null ? null : INPUT.format(time.atZone(ZoneId.systemDefault()));
    }

    /**
     * What a {@code datetime-local} input sent (2026-11-23T16:45), or null when it is empty.
     *
     * @throws InvalidInputException naming {@code field} when it is not a date and time
     */
    public static Instant fromInput(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip())
                    .atZone(ZoneId.systemDefault())
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date and time");
        }
    }
}
