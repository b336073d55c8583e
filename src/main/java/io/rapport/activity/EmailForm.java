package io.rapport.activity;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The "Send an email" form of a contact's timeline as the browser sends it: addresses separated by commas,
 * semicolons or spaces; the email always concerns the contact whose page it was sent from.
 */
public record EmailForm(
        UUID mailboxId, String to, String cc, String bcc, String subject, String body, UUID templateId) {

    EmailInput toInput(UUID contactId) {
        return input(List.of(contactId), templateId, null);
    }

    /** An answer to an email: through its mailbox, to its sender (or, for one sent, its recipients), "Re: ...". */
    static EmailForm replyTo(Activity email) {
        Object to = "inbound".equals(email.direction()) ? email.detail("from") : email.detail("to");
        String addresses = to instanceof List<?> list
                ? String.join(", ", list.stream().map(EmailForm::address).toList())
                : to == null ? null : address(to);
        String subject = email.subject() == null ? "" : email.subject();
        Object mailbox = email.detail("mailboxId");
        return new EmailForm(
                mailbox == null ? null : UUID.fromString(mailbox.toString()),
                addresses,
                null,
                null,
                subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject,
                null,
                null);
    }

    /** The answer as input: it concerns the contacts of the email it answers, and joins its thread. */
    EmailInput toReply(Activity email) {
        return input(email.linked(ActivityLink.CONTACT), null, email.id());
    }

    private EmailInput input(List<UUID> contactIds, UUID template, UUID replyTo) {
        return new EmailInput(
                mailboxId, addresses(to), addresses(cc), addresses(bcc), subject, body, contactIds, template, replyTo);
    }

    /** The address in "Name <address>", or the text itself. */
    private static String address(Object shown) {
        String text = String.valueOf(shown);
        int open = text.lastIndexOf('<');
        int close = text.lastIndexOf('>');
        return open >= 0 && close > open ? text.substring(open + 1, close) : text;
    }

    private static List<String> addresses(String given) {
        if (given == null || given.isBlank()) {
            return List.of();
        }
        return Arrays.stream(given.split("[,;\\s]+"))
                .filter(part -> !part.isBlank())
                .toList();
    }
}
