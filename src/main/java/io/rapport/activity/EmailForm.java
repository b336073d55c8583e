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
        return new EmailInput(
                mailboxId,
                addresses(to),
                addresses(cc),
                addresses(bcc),
                subject,
                body,
                List.of(contactId),
                templateId,
                null);
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
