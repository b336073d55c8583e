package io.rapport.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * A mailbox Rapport reads (IMAP) and sends through (SMTP). Its mail is filed as its owner, who sees what that user
 * may see; a personal mailbox sends only for its owner, a shared one (a team inbox) for everyone. The password is
 * sealed ({@link SecretBox}); {@code lastUid} is how far the INBOX was read, valid while the server's
 * {@code uidValidity} stays the same.
 */
record Mailbox(
        UUID id,
        String name,
        String address,
        String imapHost,
        Integer imapPort,
        Security imapSecurity,
        String smtpHost,
        Integer smtpPort,
        Security smtpSecurity,
        String username,
        String passwordSecret,
        int pollSeconds,
        boolean autoCreateContacts,
        UUID ownerId,
        boolean personal,
        Long uidValidity,
        long lastUid,
        Instant nextFetchAt,
        Instant lastFetchAt,
        Boolean lastFetchOk,
        Integer lastFetchCount,
        String lastError,
        Instant lastErrorAt,
        Instant createdAt,
        Instant updatedAt) {

    boolean receives() {
        return imapHost != null;
    }

    boolean sends() {
        return smtpHost != null;
    }

    boolean mayBeUsedBy(UUID userId) {
        return !personal || ownerId.equals(userId);
    }
}
