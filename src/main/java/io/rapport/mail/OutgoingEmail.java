package io.rapport.mail;

import java.util.List;
import java.util.UUID;

/**
 * An email to send through a mailbox: plain text, merge fields already filled in. Its {@code id} is the caller's
 * (the timeline entry's), so the events about it name the same id.
 *
 * @param inReplyTo the Message-ID this answers (without angle brackets), or null
 */
public record OutgoingEmail(
        UUID id,
        UUID mailboxId,
        UUID senderId,
        String senderName,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        String subject,
        String body,
        List<Attachment> attachments,
        String inReplyTo) {

    /** A file to attach, read from the caller's store ({@link OutgoingAttachments}) when the email is sent. */
    public record Attachment(String key, String fileName, String contentType) {}
}
