package io.rapport.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A task in the API. */
record TaskJson(
        UUID id,
        String title,
        String notes,
        Instant dueAt,
        String priority,
        UUID assigneeId,
        UUID createdBy,
        String recurrence,
        boolean done,
        Instant doneAt,
        List<UUID> contactIds,
        List<UUID> companyIds,
        Instant createdAt,
        Instant updatedAt) {

    static TaskJson of(Task t) {
        return new TaskJson(
                t.id(),
                t.title(),
                t.notes(),
                t.dueAt(),
                t.priority(),
                t.assigneeId(),
                t.createdBy(),
                t.recurrence(),
                t.isDone(),
                t.doneAt(),
                t.linked(ActivityLink.CONTACT),
                t.linked(ActivityLink.COMPANY),
                t.createdAt(),
                t.updatedAt());
    }
}
