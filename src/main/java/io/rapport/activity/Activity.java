package io.rapport.activity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One interaction on the timeline.
 *
 * @param direction {@code inbound} or {@code outbound}, for channels that have one
 * @param body plain text, or sanitised HTML when the channel {@linkplain Channel#hasRichBody() has rich text}
 * @param details what only some channels have ({@link ActivityDetails})
 * @param links the contacts and companies it concerns
 */
public record Activity(
        UUID id,
        Channel channel,
        String direction,
        Instant occurredAt,
        String subject,
        String body,
        Map<String, Object> details,
        UUID authorId,
        Instant createdAt,
        List<ActivityLink> links) {

    /** The ids of the records of one type it names (not those it is inherited by). */
    public List<UUID> linked(String recordType) {
        return links.stream()
                .filter(link -> link.recordType().equals(recordType) && !link.inherited())
                .map(ActivityLink::recordId)
                .toList();
    }

    public Object detail(String name) {
        return details.get(name);
    }
}
