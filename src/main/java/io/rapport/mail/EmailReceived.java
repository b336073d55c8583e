package io.rapport.mail;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A message taken in from a mailbox, published in the transaction that records it (so it is handled exactly once,
 * or not recorded at all). The timeline files it against the contacts it names, as the mailbox's owner.
 *
 * @param emailId the id to give the timeline entry
 * @param ownAddresses the mailbox's address and Rapport's users' addresses: they name no customer
 * @param forwardedFrom the senders of messages forwarded inside this one (a forward to the team inbox)
 * @param html the HTML part, already cleaned ({@link EmailHtml}), or null
 * @param problem what could not be read (the message is then kept as raw text), or null
 */
public record EmailReceived(
        UUID emailId,
        UUID mailboxId,
        Set<String> ownAddresses,
        UUID ownerId,
        boolean autoCreateContacts,
        MailAddress from,
        List<MailAddress> to,
        List<MailAddress> cc,
        List<MailAddress> forwardedFrom,
        String subject,
        String text,
        String html,
        Instant sentAt,
        String messageId,
        UUID threadId,
        List<ReceivedAttachment> attachments,
        String problem) {}
