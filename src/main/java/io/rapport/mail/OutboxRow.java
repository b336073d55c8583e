package io.rapport.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An email in the outbox, as stored. */
record OutboxRow(
        UUID id,
        UUID mailboxId,
        String messageId,
        String inReplyTo,
        String senderName,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        String subject,
        String body,
        List<OutgoingEmail.Attachment> attachments,
        String status,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        Instant sentAt) {}
