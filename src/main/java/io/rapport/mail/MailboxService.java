package io.rapport.mail;

import io.rapport.identity.CurrentUser;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.Text;
import io.rapport.shared.value.EmailAddresses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mailboxes as administrators set them up: checked settings, the password sealed on the way in. */
@Service
@Transactional
class MailboxService {

    static final String RECORD = "mailbox";
    private static final int DEFAULT_POLL_SECONDS = 60;

    private final Mailboxes mailboxes;
    private final SecretBox secrets;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Outbox outbox;

    MailboxService(
            Mailboxes mailboxes, SecretBox secrets, CurrentUser currentUser, UserDirectory users, Outbox outbox) {
        this.mailboxes = mailboxes;
        this.secrets = secrets;
        this.currentUser = currentUser;
        this.users = users;
        this.outbox = outbox;
    }

    Mailbox create(MailboxInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.clean(input.password()) == null) {
            problems.add(new FieldProblem("password", "must not be empty"));
        }
        Mailbox box = settings(null, input, problems);
        mailboxes.insert(box);
        return box;
    }

    Mailbox update(UUID id, MailboxInput input) {
        Mailbox old = get(id);
        Mailbox box = settings(old, input, new ArrayList<>());
        boolean otherInbox = !Objects.equals(old.imapHost(), box.imapHost())
                || !Objects.equals(old.imapPort(), box.imapPort())
                || !old.username().equals(box.username());
        mailboxes.update(box, otherInbox);
        return get(id);
    }

    @Transactional(readOnly = true)
    Mailbox get(UUID id) {
        return mailboxes.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    @Transactional(readOnly = true)
    List<Mailbox> all() {
        return mailboxes.all();
    }

    /** Deletes a mailbox; emails still waiting to go through it are failed first, so none vanishes unseen. */
    void delete(UUID id) {
        get(id);
        outbox.abandon(id);
        mailboxes.delete(id);
    }

    void fetchNow(UUID id) {
        get(id);
        mailboxes.fetchNow(id);
    }

    /** The settings given over the old ones (none when creating), checked: every problem named by its field. */
    private Mailbox settings(Mailbox old, MailboxInput input, List<FieldProblem> problems) {
        String name = given(Text.clean(input.name()), old == null ? null : old.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "must not be empty"));
        }
        String username = given(Text.clean(input.username()), old == null ? null : old.username());
        if (username == null) {
            problems.add(new FieldProblem("username", "must not be empty"));
        }
        String address = given(Text.clean(input.address()), old == null ? null : old.address());
        if (address == null && username != null && EmailAddresses.isValid(username)) {
            address = username;
        }
        if (address == null || !EmailAddresses.isValid(address)) {
            problems.add(new FieldProblem("address", "must be the mailbox's email address"));
        }
        String imapHost = host(input.imapHost(), old == null ? null : old.imapHost());
        Security imapSecurity =
                security("imapSecurity", input.imapSecurity(), old == null ? null : old.imapSecurity(), problems);
        String smtpHost = host(input.smtpHost(), old == null ? null : old.smtpHost());
        Security smtpSecurity =
                security("smtpSecurity", input.smtpSecurity(), old == null ? null : old.smtpSecurity(), problems);
        if (imapHost == null && smtpHost == null) {
            problems.add(new FieldProblem("imapHost", "give an IMAP server, an SMTP server or both"));
        }
        UUID ownerId = given(input.ownerId(), old == null ? currentUser.get().id() : old.ownerId());
        if (!users.isActiveUser(ownerId)) {
            problems.add(new FieldProblem("ownerId", "no active user " + ownerId));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String password = Text.clean(input.password());
        return new Mailbox(
                old == null ? Ids.newId() : old.id(),
                name,
                address.toLowerCase(Locale.ROOT),
                imapHost,
                imapHost == null ? null : given(input.imapPort(), keptPort(old, true, imapSecurity)),
                imapHost == null ? null : imapSecurity,
                smtpHost,
                smtpHost == null ? null : given(input.smtpPort(), keptPort(old, false, smtpSecurity)),
                smtpHost == null ? null : smtpSecurity,
                username,
                password == null ? old.passwordSecret() : secrets.seal(password),
                given(input.pollSeconds(), old == null ? DEFAULT_POLL_SECONDS : old.pollSeconds()),
                given(input.autoCreateContacts(), old != null && old.autoCreateContacts()),
                ownerId,
                given(input.personal(), old != null && old.personal()),
                old == null ? null : old.uidValidity(),
                old == null ? 0 : old.lastUid(),
                Instant.now(),
                null,
                null,
                null,
                null,
                null,
                old == null ? Instant.now() : old.createdAt(),
                Instant.now());
    }

    /** The old port while the security stays the same, otherwise the usual port of the security chosen. */
    private static Integer keptPort(Mailbox old, boolean imap, Security security) {
        if (old != null && (imap ? old.imapSecurity() : old.smtpSecurity()) == security) {
            Integer port = imap ? old.imapPort() : old.smtpPort();
            if (port != null) {
                return port;
            }
        }
        return imap ? security.defaultImapPort() : security.defaultSmtpPort();
    }

    /** A host name; an empty string given turns the server off, none given keeps the old one. */
    private static String host(String given, String old) {
        if (given == null) {
            return old;
        }
        return Text.clean(given);
    }

    private static Security security(String field, String given, Security old, List<FieldProblem> problems) {
        String code = Text.clean(given);
        if (code == null) {
            return old == null ? Security.SSL : old;
        }
        return Security.fromCode(code.toLowerCase(Locale.ROOT)).orElseGet(() -> {
            problems.add(new FieldProblem(field, "must be none, ssl or starttls"));
            return Security.SSL;
        });
    }

    private static <T> T given(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
