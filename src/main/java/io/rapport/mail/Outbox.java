package io.rapport.mail;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox: an email is written here, with the job that sends it, in the caller's transaction, so it is sent
 * once the caller's work has committed and never lost (a failed attempt is recorded and tried again later).
 */
@Component
@Transactional
public class Outbox {

    private static final TypeReference<Map<String, Object>> ENVELOPE = new TypeReference<>() {};
    private static final TypeReference<List<OutgoingEmail.Attachment>> ATTACHMENTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Mailboxes mailboxes;
    private final MailMessages messages;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> sendEmail;
    private final ApplicationEventPublisher events;

    Outbox(
            JdbcClient jdbc,
            JsonMapper json,
            Mailboxes mailboxes,
            MailMessages messages,
            SchedulerClient scheduler,
            OneTimeTask<Void> sendEmail,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.mailboxes = mailboxes;
        this.messages = messages;
        this.scheduler = scheduler;
        this.sendEmail = sendEmail;
        this.events = events;
    }

    /** Queues the email; the mailbox must send mail and be open to the sender (a 400 naming it otherwise). */
    public EmailQueued queue(OutgoingEmail email) {
        Mailbox box = mailboxes
                .find(email.mailboxId())
                .filter(Mailbox::sends)
                .filter(found -> found.mayBeUsedBy(email.senderId()))
                .orElseThrow(() -> new InvalidInputException("mailboxId", "no mailbox you may send through"));
        String messageId =
                Ids.newId() + "@" + box.address().substring(box.address().indexOf('@') + 1);
        UUID threadId = email.inReplyTo() == null
                ? Ids.newId()
                : messages.threadOf(List.of(email.inReplyTo())).orElseGet(Ids::newId);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("senderName", email.senderName());
        envelope.put("to", email.to());
        envelope.put("cc", email.cc());
        envelope.put("bcc", email.bcc());
        jdbc.sql("insert into outgoing_email (id, mailbox_id, sender_id, message_id, in_reply_to, envelope, subject,"
                        + " body, attachments, status, created_at) values (:id, :mailboxId, :senderId, :messageId,"
                        + " :inReplyTo, cast(:envelope as jsonb), :subject, :body, cast(:attachments as jsonb),"
                        + " 'queued', :now)")
                .param("id", email.id())
                .param("mailboxId", box.id())
                .param("senderId", email.senderId())
                .param("messageId", messageId)
                .param("inReplyTo", email.inReplyTo())
                .param("envelope", json.writeValueAsString(envelope))
                .param("subject", email.subject())
                .param("body", email.body())
                .param("attachments", json.writeValueAsString(email.attachments()))
                .param("now", Timestamp.from(Instant.now()))
                .update();
        messages.insert(messageId, threadId, email.id(), box.id(), null);
        schedule(email.id(), 0, Instant.now());
        return new EmailQueued(messageId, threadId);
    }

    /**
     * Queues a notification for a user (a task reminder) through the oldest shared mailbox that sends mail.
     *
     * @return whether there was such a mailbox (otherwise the user is told in the app only)
     */
    public boolean notify(UUID userId, String address, String subject, String body) {
        Optional<Mailbox> box = mailboxes.all().stream()
                .filter(Mailbox::sends)
                .filter(found -> !found.personal())
                .min(Comparator.comparing(Mailbox::createdAt));
        box.ifPresent(found -> queue(new OutgoingEmail(
                Ids.newId(),
                found.id(),
                userId,
                "Rapport",
                List.of(address),
                List.of(),
                List.of(),
                subject,
                body,
                List.of(),
                null)));
        return box.isPresent();
    }

    /** Tries a failed email again now (after the SMTP settings were fixed, say). */
    public void retry(UUID id) {
        OutboxRow row = find(id).orElseThrow(() -> new RecordNotFoundException("email", id));
        if (row.status().equals("sent")) {
            throw new InvalidInputException("id", "this email was sent already");
        }
        jdbc.sql("update outgoing_email set status = 'queued', next_attempt_at = now() where id = :id")
                .param("id", id)
                .update();
        schedule(id, row.attempts(), Instant.now());
    }

    /**
     * The emails still waiting to go through a mailbox that is being deleted: each is failed (its timeline entry
     * says so) before the mailbox and its outbox rows go.
     */
    void abandon(UUID mailboxId) {
        List<UUID> waiting = jdbc.sql("select id from outgoing_email where mailbox_id = :id and status = 'queued'")
                .param("id", mailboxId)
                .query(UUID.class)
                .list();
        waiting.forEach(id ->
                events.publishEvent(new EmailSendFailed(id, "the mailbox it was to go through was deleted", 0, null)));
    }

    /** Whether the email may be retried: not sent yet. */
    @Transactional(readOnly = true)
    public boolean isUnsent(UUID id) {
        return find(id).filter(row -> !row.status().equals("sent")).isPresent();
    }

    Optional<OutboxRow> find(UUID id) {
        return jdbc.sql("select * from outgoing_email where id = :id")
                .param("id", id)
                .query(this::row)
                .optional();
    }

    void sent(UUID id) {
        jdbc.sql("update outgoing_email set status = 'sent', sent_at = now(), next_attempt_at = null where id = :id")
                .param("id", id)
                .update();
    }

    /** Records a failed attempt; with a next attempt the email stays queued, without it is failed. */
    void failed(UUID id, String error, int attempts, Instant nextAttemptAt) {
        jdbc.sql("update outgoing_email set status = :status, attempts = :attempts, last_error = :error,"
                        + " next_attempt_at = :next where id = :id")
                .param("id", id)
                .param("status", nextAttemptAt == null ? "failed" : "queued")
                .param("attempts", attempts)
                .param("error", error)
                .param("next", nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt))
                .update();
        if (nextAttemptAt != null) {
            schedule(id, attempts, nextAttemptAt);
        }
    }

    /**
     * Each attempt is its own job instance (a job cannot reschedule itself while it runs); a retry by hand moves
     * the attempt already waiting to now.
     */
    private void schedule(UUID id, int attempt, Instant at) {
        scheduler.schedule(sendEmail.instance(id + "/" + attempt), at, ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
    }

    private OutboxRow row(ResultSet rs, int row) throws SQLException {
        Map<String, Object> envelope = json.readValue(rs.getString("envelope"), ENVELOPE);
        Timestamp next = rs.getTimestamp("next_attempt_at");
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new OutboxRow(
                rs.getObject("id", UUID.class),
                rs.getObject("mailbox_id", UUID.class),
                rs.getString("message_id"),
                rs.getString("in_reply_to"),
                (String) envelope.get("senderName"),
                strings(envelope.get("to")),
                strings(envelope.get("cc")),
                strings(envelope.get("bcc")),
                rs.getString("subject"),
                rs.getString("body"),
                json.readValue(rs.getString("attachments"), ATTACHMENTS),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                next == null ? null : next.toInstant(),
                sentAt == null ? null : sentAt.toInstant());
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }
}
