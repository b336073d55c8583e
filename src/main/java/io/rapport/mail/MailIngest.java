package io.rapport.mail;

import io.rapport.identity.RunAs;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a batch of fetched messages in, in one transaction with the mailbox's new high-water mark: after a crash
 * the batch is either all in (and not fetched again) or not at all (and fetched again). A message already known by
 * its Message-ID (the same mail in two mailboxes, or one Rapport sent) is skipped.
 */
@Component
class MailIngest {

    private static final Logger log = LoggerFactory.getLogger(MailIngest.class);

    /** A message fetched, by its UID in the mailbox; {@code problem} when it could not even be parsed. */
    record Fetched(long uid, ParsedEmail email) {}

    private final MailMessages messages;
    private final Mailboxes mailboxes;
    private final ApplicationEventPublisher events;
    private final RunAs runAs;
    private final UserDirectory users;
    private final TransactionTemplate transaction;

    MailIngest(
            MailMessages messages,
            Mailboxes mailboxes,
            ApplicationEventPublisher events,
            RunAs runAs,
            UserDirectory users,
            PlatformTransactionManager transactions) {
        this.messages = messages;
        this.mailboxes = mailboxes;
        this.events = events;
        this.runAs = runAs;
        this.users = users;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Takes the batch in as the mailbox's owner, in one transaction. Should that fail, each message is taken in
     * in a transaction of its own, and one that fails again is recorded as seen (it would fail every time),
     * logged and reported, so it never holds back the others.
     *
     * @return the problems met, one line each (empty when all went well)
     */
    List<String> take(Mailbox box, long uidValidity, List<Fetched> fetched) {
        try {
            return runAs.call(box.ownerId(), () -> transaction.execute(status -> takeAll(box, uidValidity, fetched)));
        } catch (RuntimeException e) {
            log.warn("Mailbox {}: a batch failed ({}); taking its messages in one by one", box.id(), e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Fetched item : fetched) {
            try {
                problems.addAll(runAs.call(
                        box.ownerId(), () -> transaction.execute(status -> takeAll(box, uidValidity, List.of(item)))));
            } catch (RuntimeException e) {
                log.warn("Mailbox {}: message {} could not be taken in", box.id(), item.uid(), e);
                problems.add("message " + item.uid() + " could not be taken in: " + e.getMessage());
                transaction.executeWithoutResult(status -> {
                    messages.markSeen(messageId(box, uidValidity, item), box.id(), item.uid());
                    mailboxes.advance(box.id(), uidValidity, item.uid());
                });
            }
        }
        return problems;
    }

    private List<String> takeAll(Mailbox box, long uidValidity, List<Fetched> fetched) {
        List<String> problems = new ArrayList<>();
        Set<String> own = new HashSet<>();
        own.add(box.address());
        users.activeUsers().forEach(user -> own.add(user.email().toLowerCase(Locale.ROOT)));
        Set<String> known = new HashSet<>(messages.known(
                fetched.stream().map(item -> messageId(box, uidValidity, item)).toList()));
        long highest = mailboxes.lastUid(box.id(), uidValidity);
        for (Fetched item : fetched) {
            highest = Math.max(highest, item.uid());
            String messageId = messageId(box, uidValidity, item);
            if (known.add(messageId)) {
                if (item.email().problem() != null) {
                    problems.add("message " + item.uid() + ": " + item.email().problem());
                }
                receive(box, item, messageId, own);
            }
        }
        mailboxes.advance(box.id(), uidValidity, highest);
        return problems;
    }

    private void receive(Mailbox box, Fetched item, String messageId, Set<String> own) {
        ParsedEmail email = item.email();
        UUID threadId = messages.threadOf(email.parents()).orElseGet(Ids::newId);
        UUID emailId = Ids.newId();
        messages.insert(messageId, threadId, emailId, box.id(), item.uid());
        events.publishEvent(new EmailReceived(
                emailId,
                box.id(),
                own,
                box.ownerId(),
                box.autoCreateContacts(),
                email.from(),
                email.to(),
                email.cc(),
                email.forwardedFrom(),
                email.subject(),
                email.text(),
                email.html(),
                email.sentAt(),
                messageId,
                threadId,
                email.attachments(),
                email.problem()));
    }

    /** The message's own id, or one made from where it lies when it has none. */
    private static String messageId(Mailbox box, long uidValidity, Fetched item) {
        String id = item.email().messageId();
        return id != null && id.length() <= 900
                ? id
                : item.uid() + "." + uidValidity + "." + box.id() + "@rapport.invalid";
    }
}
