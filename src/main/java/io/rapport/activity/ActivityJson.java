package io.rapport.activity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An activity in the API: the fields of its input, the records it names and who logged it when. An email's
 * envelope and state are in {@code email}: from, to, cc, bcc, messageId, threadId, mailboxId, and for one sent
 * from Rapport its status (queued, sent, retrying, failed) with error, attempts and nextAttemptAt.
 */
record ActivityJson(
        UUID id,
        String channel,
        String direction,
        Instant occurredAt,
        String subject,
        String body,
        Integer durationSeconds,
        String outcome,
        String endsAt,
        List<?> attendees,
        String location,
        String onlineUrl,
        String network,
        String handle,
        String url,
        Map<String, Object> email,
        List<UUID> contactIds,
        List<UUID> companyIds,
        UUID authorId,
        Instant createdAt) {

    static ActivityJson of(Activity a) {
        return new ActivityJson(
                a.id(),
                a.channel().code(),
                a.direction(),
                a.occurredAt(),
                a.subject(),
                a.body(),
                a.detail("durationSeconds") instanceof Number seconds ? seconds.intValue() : null,
                (String) a.detail("outcome"),
                (String) a.detail("endsAt"),
                (List<?>) a.detail("attendees"),
                (String) a.detail("location"),
                (String) a.detail("onlineUrl"),
                (String) a.detail("network"),
                (String) a.detail("handle"),
                (String) a.detail("url"),
                a.channel() == Channel.EMAIL ? a.details() : null,
                a.linked(ActivityLink.CONTACT),
                a.linked(ActivityLink.COMPANY),
                a.authorId(),
                a.createdAt());
    }
}
