package io.rapport.mail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A mailbox's settings as an administrator gives them; in a change, the fields left out stay as they are. The
 * password is never given back. Ports default to the usual ones of the security chosen.
 */
record MailboxInput(
        @Size(max = 200) String name,
        @Size(max = 320) String address,
        @Size(max = 255) String imapHost,
        @Min(1) @Max(65535) Integer imapPort,
        String imapSecurity,
        @Size(max = 255) String smtpHost,
        @Min(1) @Max(65535) Integer smtpPort,
        String smtpSecurity,
        @Size(max = 320) String username,
        @Size(max = 1000) String password,
        @Min(1) @Max(86400) Integer pollSeconds,
        Boolean autoCreateContacts,
        UUID ownerId,
        Boolean personal) {}
