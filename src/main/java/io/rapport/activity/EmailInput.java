package io.rapport.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * An email to send: through {@code mailboxId}, to addresses, plain text with merge fields filled from the first
 * contact ({@code {{contact.firstName}}}...). It lands on the timelines of {@code contactIds} and of the contacts
 * the recipients' addresses belong to. {@code templateId} fills an empty subject or body from a template;
 * {@code replyTo} (an email on the timeline) threads the answer.
 */
public record EmailInput(
        UUID mailboxId,
        @Size(max = 50) List<@Size(max = 320) String> to,
        @Size(max = 50) List<@Size(max = 320) String> cc,
        @Size(max = 50) List<@Size(max = 320) String> bcc,
        @Size(max = 500) String subject,
        @Size(max = 100_000) String body,
        @Size(max = 50) List<@NotNull UUID> contactIds,
        UUID templateId,
        UUID replyTo) {

    static List<String> orNone(List<String> values) {
        return values == null ? List.of() : values;
    }
}
