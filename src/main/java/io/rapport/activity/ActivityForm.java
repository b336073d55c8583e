package io.rapport.activity;

import io.rapport.shared.web.PageTimes;
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

    ActivityInput toInput(String recordType, UUID recordId) {
        boolean call = Channel.CALL.code().equals(channel);
        boolean meeting = Channel.MEETING.code().equals(channel);
        List<UUID> record = List.of(recordId);
        return new ActivityInput(
                channel,
                call ? direction : null,
                PageTimes.fromInput("occurredAt", occurredAt),
                subject,
                body,
                call && durationMinutes != null ? durationMinutes * 60 : null,
                call ? outcome : null,
                meeting ? PageTimes.fromInput("endsAt", endsAt) : null,
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
}
