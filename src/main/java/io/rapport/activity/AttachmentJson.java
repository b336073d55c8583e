package io.rapport.activity;

import java.time.Instant;
import java.util.UUID;

/** An attachment in the API: what the file is and who attached it when. */
record AttachmentJson(
        UUID id,
        UUID activityId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        UUID uploadedBy,
        Instant createdAt) {

    static AttachmentJson of(Attachment a) {
        return new AttachmentJson(
                a.id(),
                a.activityId(),
                a.fileName(),
                a.contentType(),
                a.size(),
                a.sha256(),
                a.uploadedBy(),
                a.createdAt());
    }
}
