package io.rapport.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up: something to do by a time, for someone.
 *
 * @param priority {@code low}, {@code normal} or {@code high}
 * @param recurrence {@code none}, {@code daily}, {@code weekly} or {@code monthly}: done, it comes back that much
 *     later
 * @param links the contacts and companies it concerns
 */
public record Task(
        UUID id,
        String title,
        String notes,
        Instant dueAt,
        String priority,
        UUID assigneeId,
        UUID createdBy,
        String recurrence,
        Instant doneAt,
        Instant createdAt,
        Instant updatedAt,
        List<ActivityLink> links) {

    static final List<String> PRIORITIES = List.of("low", "normal", "high");
    static final List<String> RECURRENCES = List.of("none", "daily", "weekly", "monthly");

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdue(Instant now) {
        return doneAt == null && dueAt != null && dueAt.isBefore(now);
    }

    public List<UUID> linked(String recordType) {
        return links.stream()
                .filter(link -> link.recordType().equals(recordType))
                .map(ActivityLink::recordId)
                .toList();
    }

    Task with(
            String title,
            String notes,
            Instant dueAt,
            String priority,
            UUID assigneeId,
            String recurrence,
            Instant doneAt,
            List<ActivityLink> links) {
        return new Task(
                id,
                title,
                notes,
                dueAt,
                priority,
                assigneeId,
                createdBy,
                recurrence,
                doneAt,
                createdAt,
                Instant.now(),
                links);
    }
}
