package io.rapport.activity;

import java.time.Instant;
import java.util.UUID;

/** A file attached to an activity: what it is; its bytes are in the {@link AttachmentStore} under {@code key}. */
public record Attachment(
        UUID id,
        UUID activityId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String key,
        UUID uploadedBy,
        Instant createdAt) {}
