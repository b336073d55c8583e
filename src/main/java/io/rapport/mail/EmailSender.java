package io.rapport.mail;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's emails through their mailbox's SMTP server, one job per attempt. A failure is recorded
 * with its reason and tried again after 1, 5, 15, 60 and 240 minutes; after the sixth attempt the email is
 * failed and waits for a retry by hand. Either way the timeline hears of it ({@link EmailSent},
 * {@link EmailSendFailed}).
 */
@Configuration
class EmailSender {

    static final String NAME = "send-email";
    private static final List<Duration> BACKOFF = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofHours(4));

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final ObjectProvider<Outbox> outbox;
    private final Mailboxes mailboxes;
    private final MailSessions sessions;
    private final ObjectProvider<OutgoingAttachments> files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    EmailSender(
            ObjectProvider<Outbox> outbox,
            Mailboxes mailboxes,
            MailSessions sessions,
            ObjectProvider<OutgoingAttachments> files,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.mailboxes = mailboxes;
        this.sessions = sessions;
        this.files = files;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Bean
    OneTimeTask<Void> sendEmail() {
        return Tasks.oneTime(NAME).execute((instance, context) -> {
            String id = instance.getId();
            send(UUID.fromString(id.substring(0, id.indexOf('/'))));
        });
    }

    void send(UUID id) {
        OutboxRow email = outbox.getObject().find(id).orElse(null);
        if (email == null || email.status().equals("sent")) {
            return;
        }
        try {
            Mailbox box = mailboxes
                    .find(email.mailboxId())
                    .filter(Mailbox::sends)
                    .orElseThrow(() -> new MessagingException("the mailbox no longer sends mail"));
            Session session = sessions.smtpSession(box);
            MimeMessage message = message(session, box, email);
            try (Transport transport = sessions.smtp(box, session)) {
                transport.sendMessage(message, message.getAllRecipients());
            }
            transaction.executeWithoutResult(status -> {
                outbox.getObject().sent(id);
                events.publishEvent(new EmailSent(id, Instant.now()));
            });
        } catch (MessagingException | IOException | IllegalStateException e) {
            int attempts = email.attempts() + 1;
            Instant next = attempts <= BACKOFF.size() ? Instant.now().plus(BACKOFF.get(attempts - 1)) : null;
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("Email {} could not be sent (attempt {}): {}", id, attempts, error);
            transaction.executeWithoutResult(status -> {
                outbox.getObject().failed(id, error, attempts, next);
                events.publishEvent(new EmailSendFailed(id, error, attempts, next));
            });
        }
    }

    private MimeMessage message(Session session, Mailbox box, OutboxRow email) throws MessagingException, IOException {
        String messageId = "<" + email.messageId() + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from(box, email.senderName()));
        message.setRecipients(Message.RecipientType.TO, addresses(email.to()));
        message.setRecipients(Message.RecipientType.CC, addresses(email.cc()));
        message.setRecipients(Message.RecipientType.BCC, addresses(email.bcc()));
        message.setSubject(email.subject(), "UTF-8");
        if (email.inReplyTo() != null) {
            message.setHeader("In-Reply-To", "<" + email.inReplyTo() + ">");
            message.setHeader("References", "<" + email.inReplyTo() + ">");
        }
        message.setSentDate(new Date());
        if (email.attachments().isEmpty()) {
            message.setText(email.body(), "UTF-8");
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.body(), "UTF-8");
            mixed.addBodyPart(text);
            for (OutgoingEmail.Attachment file : email.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                try (InputStream in = files.getObject().open(file.key())) {
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(in, file.contentType())));
                }
                part.setFileName(MimeUtility.encodeText(file.fileName(), "UTF-8", null));
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static InternetAddress from(Mailbox box, String senderName) throws UnsupportedEncodingException {
        return new InternetAddress(box.address(), senderName, "UTF-8");
    }

    private static InternetAddress[] addresses(List<String> addresses) throws MessagingException {
        InternetAddress[] parsed = new InternetAddress[addresses.size()];
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = new InternetAddress(addresses.get(i), true);
        }
        return parsed;
    }
}
