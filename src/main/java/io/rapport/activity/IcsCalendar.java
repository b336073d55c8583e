package io.rapport.activity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A calendar as iCalendar text (RFC 5545) for subscribing calendar applications: one event per meeting and per
 * task, times in UTC, text escaped, lines folded at 75 octets.
 */
final class IcsCalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsCalendar() {}

    static String of(String name, List<CalendarItem> items, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Rapport//CRM//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(name));
        for (CalendarItem item : items) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + item.kind() + "-" + item.id() + "@rapport");
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART:" + UTC.format(item.start()));
            line(ics, "DTEND:" + UTC.format(item.end()));
            String title = item.title() == null ? "Meeting" : item.title();
            line(ics, "SUMMARY:" + text(item.kind().equals("task") ? "Task: " + title : title));
            if (item.location() != null) {
                line(ics, "LOCATION:" + text(item.location()));
            }
            if (item.done()) {
                line(ics, "STATUS:CANCELLED");
            }
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Text values escape backslashes, semicolons, commas and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets (continuations start with a space). */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
