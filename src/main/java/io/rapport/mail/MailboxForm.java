package io.rapport.mail;

/**
 * The mailbox form of the admin page, as the browser sends it: every field, check boxes as present or not, an
 * empty password keeps the one stored, an empty server turns that side (IMAP or SMTP) off.
 */
public record MailboxForm(
        String name,
        String address,
        String imapHost,
        Integer imapPort,
        String imapSecurity,
        String smtpHost,
        Integer smtpPort,
        String smtpSecurity,
        String username,
        String password,
        Integer pollSeconds,
        String autoCreateContacts,
        String personal) {

    MailboxInput toInput() {
        return new MailboxInput(
                name,
                address,
                imapHost == null ? "" : imapHost,
                imapPort,
                imapSecurity,
                smtpHost == null ? "" : smtpHost,
                smtpPort,
                smtpSecurity,
                username,
                password,
                pollSeconds,
                autoCreateContacts != null,
                null,
                personal != null);
    }

    static MailboxForm of(MailboxJson box) {
        return new MailboxForm(
                box.name(),
                box.address(),
                box.imapHost(),
                box.imapPort(),
                box.imapSecurity(),
                box.smtpHost(),
                box.smtpPort(),
                box.smtpSecurity(),
                box.username(),
                null,
                box.pollSeconds(),
                box.autoCreateContacts() ? "on" : null,
                box.personal() ? "on" : null);
    }
}
