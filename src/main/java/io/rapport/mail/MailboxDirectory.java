package io.rapport.mail;

import io.rapport.identity.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The mailboxes the signed-in user may send through, for the compose form. */
@Component
@Transactional(readOnly = true)
public class MailboxDirectory {

    /** A mailbox as the compose form offers it. */
    public record MailboxChoice(UUID id, String name, String address) {}

    private final Mailboxes mailboxes;
    private final CurrentUser currentUser;

    MailboxDirectory(Mailboxes mailboxes, CurrentUser currentUser) {
        this.mailboxes = mailboxes;
        this.currentUser = currentUser;
    }

    public List<MailboxChoice> sendable() {
        UUID userId = currentUser.get().id();
        return mailboxes.all().stream()
                .filter(Mailbox::sends)
                .filter(box -> box.mayBeUsedBy(userId))
                .map(box -> new MailboxChoice(box.id(), box.name(), box.address()))
                .toList();
    }
}
