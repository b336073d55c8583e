package io.rapport.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Connections to a mailbox's servers, with time limits (a server that does not answer must not hold a job) and
 * lenient parsing (mail in the wild breaks the rules: a bad header must not lose the message).
 */
@Component
class MailSessions {

    /**
     * Jakarta Mail looks its stream provider up for every part it decodes: through the class path's service files
     * unless this property names it. That lookup was the largest cost of ingesting mail (thread dumps of the
     * benchmark); the property makes it a class-name lookup.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /** One session for reading every message: making one loads the providers again. */
    private static final Session PARSING = Session.getInstance(parsingProperties());

    private static final String CONNECT_TIMEOUT_MS = "15000";
    private static final String READ_TIMEOUT_MS = "60000";

    private final SecretBox secrets;

    MailSessions(SecretBox secrets) {
        this.secrets = secrets;
    }

    /** A connected IMAP store; the caller closes it. */
    Store imap(Mailbox box) throws MessagingException {
        String protocol = box.imapSecurity() == Security.SSL ? "imaps" : "imap";
        Properties properties = common();
        properties.put("mail.store.protocol", protocol);
        timeouts(properties, protocol);
        properties.put(
                "mail." + protocol + ".starttls.enable", String.valueOf(box.imapSecurity() == Security.STARTTLS));
        properties.put(
                "mail." + protocol + ".starttls.required", String.valueOf(box.imapSecurity() == Security.STARTTLS));
        // Whole messages in one FETCH per batch, not many small partial ones.
        properties.put("mail." + protocol + ".partialfetch", "false");
        properties.put("mail." + protocol + ".fetchsize", "1048576");
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(box.imapHost(), box.imapPort(), box.username(), secrets.open(box.passwordSecret()));
        return store;
    }

    /** A connected SMTP transport; the caller closes it. */
    Transport smtp(Mailbox box, Session session) throws MessagingException {
        Transport transport = session.getTransport(box.smtpSecurity() == Security.SSL ? "smtps" : "smtp");
        transport.connect(box.smtpHost(), box.smtpPort(), box.username(), secrets.open(box.passwordSecret()));
        return transport;
    }

    /** The session to build and send a mailbox's messages in. */
    Session smtpSession(Mailbox box) {
        String protocol = box.smtpSecurity() == Security.SSL ? "smtps" : "smtp";
        Properties properties = common();
        timeouts(properties, protocol);
        properties.put("mail." + protocol + ".auth", "true");
        properties.put(
                "mail." + protocol + ".starttls.enable", String.valueOf(box.smtpSecurity() == Security.STARTTLS));
        properties.put(
                "mail." + protocol + ".starttls.required", String.valueOf(box.smtpSecurity() == Security.STARTTLS));
        return Session.getInstance(properties);
    }

    /** The session for reading messages without a server (parsing). */
    static Session parsing() {
        return PARSING;
    }

    /** Parsing also reads raw UTF-8 in headers (RFC 6532), which modern mail programs write. */
    private static Properties parsingProperties() {
        Properties properties = common();
        properties.put("mail.mime.allowutf8", "true");
        return properties;
    }

    private static Properties common() {
        Properties properties = new Properties();
        properties.put("mail.mime.address.strict", "false");
        properties.put("mail.mime.decodetext.strict", "false");
        properties.put("mail.mime.parameters.strict", "false");
        properties.put("mail.mime.charset", "UTF-8");
        return properties;
    }

    private static void timeouts(Properties properties, String protocol) {
        properties.put("mail." + protocol + ".connectiontimeout", CONNECT_TIMEOUT_MS);
        properties.put("mail." + protocol + ".timeout", READ_TIMEOUT_MS);
        properties.put("mail." + protocol + ".writetimeout", READ_TIMEOUT_MS);
    }
}
