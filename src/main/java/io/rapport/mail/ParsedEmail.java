package io.rapport.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A message as read from its MIME source. {@code messageId} and the ids it refers to are without angle brackets;
 * {@code problem} says what could not be read (the message is then kept as raw text), or is null.
 */
record ParsedEmail(
        String messageId,
        String inReplyTo,
        List<String> references,
        MailAddress from,
        List<MailAddress> to,
        List<MailAddress> cc,
        List<MailAddress> forwardedFrom,
        String subject,
        Instant sentAt,
        String text,
        String html,
        List<ReceivedAttachment> attachments,
        String problem) {

    /** The ids of the messages this one answers, nearest first: In-Reply-To, then References from the end. */
    List<String> parents() {
        ArrayList<String> parents = new ArrayList<>();
        if (inReplyTo != null) {
            parents.add(inReplyTo);
        }
        for (int i = references.size() - 1; i >= 0; i--) {
            if (!parents.contains(references.get(i))) {
                parents.add(references.get(i));
            }
        }
        return parents;
    }
}
