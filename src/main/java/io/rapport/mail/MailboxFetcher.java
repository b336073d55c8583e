package io.rapport.mail;

import io.rapport.identity.UserDirectory;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fetches a mailbox's new messages over IMAP: the INBOX, read-only (Rapport leaves the mail as it finds it),
 * from the UID after the last one taken in, whole messages in batches, each batch taken in with its high-water
 * mark ({@link MailIngest}). A run stops after {@link #MOST_PER_RUN} messages and the poller comes back at once
 * for the rest, so a large mailbox never holds a job (or the heap) for long.
 */
@Component
class MailboxFetcher {

    static final int BATCH = 100;
    static final int MOST_PER_RUN = 2_000;

    private static final Logger log = LoggerFactory.getLogger(MailboxFetcher.class);

    /** How a fetch went: whether it reached the INBOX, the messages taken in, problems, whether more are left. */
    record Outcome(boolean connected, int count, String problem, boolean more) {}

    private final MailSessions sessions;
    private final MailIngest ingest;
    private final UserDirectory users;

    MailboxFetcher(MailSessions sessions, MailIngest ingest, UserDirectory users) {
        this.sessions = sessions;
        this.ingest = ingest;
        this.users = users;
    }

    Outcome fetch(Mailbox box) {
        if (!users.isActiveUser(box.ownerId())) {
            // Mail is filed as the owner: without one, nothing is fetched (and nothing is lost).
            return new Outcome(
                    false, 0, "the mailbox's owner is no longer an active user: choose another owner", false);
        }
        try (Store store = sessions.imap(box)) {
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return fetchNew(box, inbox);
            } finally {
                inbox.close(false);
            }
        } catch (AuthenticationFailedException e) {
            log.warn("Mailbox {}: the IMAP server refused the user name or password", box.id());
            return new Outcome(false, 0, "the IMAP server refused the user name or password", false);
        } catch (MessagingException | IllegalStateException e) {
            log.warn("Mailbox {}: IMAP fetch failed: {}", box.id(), e.getMessage());
            return new Outcome(false, 0, "could not fetch from " + box.imapHost() + ": " + e.getMessage(), false);
        }
    }

    private Outcome fetchNew(Mailbox box, IMAPFolder inbox) throws MessagingException {
        long validity = inbox.getUIDValidity();
        long from = box.uidValidity() != null && box.uidValidity() == validity ? box.lastUid() + 1 : 1;
        // "from:*" always includes the last message, even when its UID is below "from": filtered out below.
        Message[] found = inbox.getMessagesByUID(from, UIDFolder.LASTUID);
        List<Message> fresh = new ArrayList<>();
        for (Message message : found) {
            if (message != null && inbox.getUID(message) >= from) {
                fresh.add(message);
            }
        }
        int count = 0;
        List<String> problems = new ArrayList<>();
        int end = Math.min(fresh.size(), MOST_PER_RUN);
        // While one batch is written (its own thread, its own transaction), the next is downloaded and parsed:
        // parsing and writing each take about half of a message's time. Batches are still written in order.
        ExecutorService writer = Executors.newSingleThreadExecutor(task -> new Thread(task, "mail-ingest"));
        try {
            Future<List<String>> written = null;
            for (int start = 0; start < end; start += BATCH) {
                Message[] batch =
                        fresh.subList(start, Math.min(end, start + BATCH)).toArray(Message[]::new);
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
                inbox.fetch(batch, profile);
                List<MailIngest.Fetched> parsed = new ArrayList<>(batch.length);
                for (Message message : batch) {
                    parsed.add(new MailIngest.Fetched(inbox.getUID(message), parse(message)));
                }
                problems.addAll(awaited(written));
                written = writer.submit(() -> ingest.take(box, validity, parsed));
                count += batch.length;
            }
            problems.addAll(awaited(written));
        } finally {
            writer.shutdownNow();
        }
        String problem = problems.isEmpty()
                ? null
                : String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                        + (problems.size() > 5 ? " (and " + (problems.size() - 5) + " more)" : "");
        return new Outcome(true, count, problem, fresh.size() > end);
    }

    private static List<String> awaited(Future<List<String>> written) {
        if (written == null) {
            return List.of();
        }
        try {
            return written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking mail in", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "could not take mail in: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The message parsed from its whole source (one download), so parsing never goes back to the server. */
    private static ParsedEmail parse(Message message) throws MessagingException {
        ByteArrayOutputStream source = new ByteArrayOutputStream();
        try {
            message.writeTo(source);
        } catch (IOException e) {
            throw new MessagingException("could not download a message", e);
        }
        byte[] bytes = source.toByteArray();
        try {
            return MessageParser.parse(new MimeMessage(MailSessions.parsing(), new ByteArrayInputStream(bytes)));
        } catch (MessagingException | RuntimeException e) {
            return MessageParser.unreadable(bytes, e.getMessage());
        }
    }
}
