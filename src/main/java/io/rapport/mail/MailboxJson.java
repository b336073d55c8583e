package io.rapport.mail;

import java.time.Instant;
import java.util.UUID;

/** A mailbox in the API: its settings without the password, and how its last fetch went. */
public record MailboxJson(
        UUID id,
        String name,
        String address,
        String imapHost,
        Integer imapPort,
        String imapSecurity,
        String smtpHost,
        Integer smtpPort,
        String smtpSecurity,
        String username,
        int pollSeconds,
        boolean autoCreateContacts,
        UUID ownerId,
        boolean personal,
        Instant lastFetchAt,
        Boolean lastFetchOk,
        Integer lastFetchCount,
        String lastError,
        Instant lastErrorAt,
        Instant nextFetchAt,
        long lastUid,
        Instant createdAt) {

    static MailboxJson of(Mailbox box) {
        return new MailboxJson(
                box.id(),
                box.name(),
                box.address(),
                box.imapHost(),
                box.imapPort(),
                box.imapSecurity() == null ? null : box.imapSecurity().code(),
                box.smtpHost(),
                box.smtpPort(),
                box.smtpSecurity() == null ? null : box.smtpSecurity().code(),
                box.username(),
                box.pollSeconds(),
                box.autoCreateContacts(),
                box.ownerId(),
                box.personal(),
                box.lastFetchAt(),
                box.lastFetchOk(),
                box.lastFetchCount(),
                box.lastError(),
                box.lastErrorAt(),
                box.receives() ? box.nextFetchAt() : null,
                box.lastUid(),
                box.createdAt());
    }
}
