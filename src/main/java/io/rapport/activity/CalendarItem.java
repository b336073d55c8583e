package io.rapport.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing on a user's calendar: a meeting (or visit) they logged, or a task of theirs with a due time.
 *
 * @param kind {@code meeting} or {@code task}
 * @param end the meeting's end; a task (or a meeting without one) lasts half an hour
 * @param contactId the contact it concerns, if any, for a link
 */
public record CalendarItem(
        String kind,
        UUID id,
        String title,
        Instant start,
        Instant end,
        String location,
        boolean done,
        UUID contactId) {}
