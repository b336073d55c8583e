package io.rapport.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * A quick-add form of the timeline (a call, a meeting, a note) as the browser sends it: times as the
 * {@code datetime-local} inputs write them, in the server's time zone; a call's duration in minutes. Only the
 * fields of the chosen channel are kept.
 */
public record ActivityForm(
        String channel,
        String occurredAt,
        String subject,
        String body,
        String direction,
        Integer durationMinutes,
        String outcome,
        String endsAt,
        String location,
        String onlineUrl) {

    ActivityInput toInput(String recordType, UUID recordId, ZoneId zone) {
        boolean call = Channel.CALL.code().equals(channel);
        boolean meeting = Channel.MEETING.code().equals(channel);
        List<UUID> record = List.of(recordId);
        return new ActivityInput(
                channel,
                call ? direction : null,
                time("occurredAt", occurredAt, zone),
                subject,
                body,
                call && durationMinutes != null ? durationMinutes * 60 : null,
                call ? outcome : null,
                meeting ? time("endsAt", endsAt, zone) : null,
                null,
                meeting ? location : null,
                meeting ? onlineUrl : null,
                null,
                null,
                null,
                ActivityLink.CONTACT.equals(recordType) ? record : null,
                ActivityLink.COMPANY.equals(recordType) ? record : null,
                null,
                null);
    }

    private static Instant time(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new io.rapport.shared.InvalidInputException(field, "must be a date and time");
        }
    }
}
