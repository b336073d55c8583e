package io.rapport.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task to create, or the fields of a task to change ({@code PATCH}: the fields given, others stay; {@code done}
 * true or false completes or reopens it; {@code contactIds} or {@code companyIds}, when given, replace the task's
 * links of that kind).
 */
public record TaskInput(
        @Size(max = 500) String title,
        @Size(max = 10_000) String notes,
        Instant dueAt,
        String priority,
        UUID assigneeId,
        String recurrence,
        Boolean done,
        @Size(max = 100) List<@NotNull UUID> contactIds,
        @Size(max = 100) List<@NotNull UUID> companyIds) {}
