package io.rapport.activity;

import java.time.Instant;
import java.util.UUID;

/** Something the app tells a user: a task of theirs fell due. */
public record Notification(UUID id, UUID taskId, String message, Instant createdAt, Instant readAt) {}
