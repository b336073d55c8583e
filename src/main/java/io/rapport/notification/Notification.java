package io.rapport.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored notification: a message key and its arguments, not yet in anyone's language. */
record Notification(
        UUID id,
        String kind,
        String messageKey,
        List<String> args,
        String link,
        String subjectType,
        UUID subjectId,
        Instant createdAt,
        Instant readAt) {}
