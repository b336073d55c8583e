package io.rapport.activity;

import io.rapport.company.CompanyDirectory;
import io.rapport.contact.ContactDirectory;
import io.rapport.contact.ContactSummary;
import io.rapport.identity.CurrentUser;
import io.rapport.mail.EmailReceived;
import io.rapport.mail.EmailSendFailed;
import io.rapport.mail.EmailSent;
import io.rapport.mail.MailAddress;
import io.rapport.mail.ReceivedAttachment;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Emails on the timeline. A received one (in the mail module's transaction, as the mailbox's owner) is filed
 * against the contacts whose addresses it names, other than Rapport's own users and the mailbox (so mail sent by a
 * user and copied to the team inbox lands on the customer's timeline), and against the companies of their
 * domains; an unknown sender becomes a contact when the mailbox says so. Mail that names nobody known stays off
 * the timeline. Sent and failed attempts update the outgoing email's status.
 *
 * <p>All three listeners are synchronous, in the mail module's transaction, not {@code @ApplicationModuleListener}s:
 * a received email is filed as the mailbox's owner ({@code RunAs}, which an asynchronous listener would not
 * have), the mail module's own recovery (a failed batch retried message by message, a message that fails alone
 * reported on the mailbox) needs the filing to fail inside its transaction, and the event carries the attachments'
 * bytes, which do not belong in the registry's JSON. A send's outcome and the timeline's status must commit
 * together, and in order: a "retrying" applied late would overwrite a "sent".
 */
@Component
class EmailTimeline {

    /** Plain text beyond this is cut on the timeline (the HTML, when there is one, is kept whole). */
    static final int LONGEST_TEXT = 100_000;

    private final ActivityService activities;
    private final Activities table;
    private final AttachmentService attachments;
    private final ContactDirectory contacts;
    private final CompanyDirectory companies;
    private final CurrentUser currentUser;

    EmailTimeline(
            ActivityService activities,
            Activities table,
            AttachmentService attachments,
            ContactDirectory contacts,
            CompanyDirectory companies,
            CurrentUser currentUser) {
        this.activities = activities;
        this.table = table;
        this.attachments = attachments;
        this.contacts = contacts;
        this.companies = companies;
        this.currentUser = currentUser;
    }

    @EventListener
    void received(EmailReceived email) {
        Set<String> own = email.ownAddresses();
        boolean outbound = email.from() != null && own.contains(email.from().address());
        Set<String> customers = new LinkedHashSet<>();
        List<MailAddress> named = new ArrayList<>();
        if (email.from() != null) {
            named.add(email.from());
        }
        named.addAll(email.to());
        named.addAll(email.cc());
        named.addAll(email.forwardedFrom());
        named.stream()
                .map(MailAddress::address)
                .filter(address -> !own.contains(address))
                .forEach(customers::add);
        List<ContactSummary> matched = new ArrayList<>(contacts.findByEmails(customers));
        if (email.autoCreateContacts()
                && !outbound
                && email.from() != null
                && customers.contains(email.from().address())
                && contacts.findByEmails(List.of(email.from().address())).isEmpty()) {
            matched.add(contacts.createFromEmail(
                    email.from().address(), email.from().name(), "email"));
        }
        List<ActivityLink> links = links(matched, customers);
        if (links.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Instant sentAt = email.sentAt() == null || email.sentAt().isAfter(now) ? now : email.sentAt();
        Map<String, Object> details = new LinkedHashMap<>();
        if (email.from() != null) {
            details.put("from", email.from().display());
        }
        details.put("to", email.to().stream().map(MailAddress::display).toList());
        if (!email.cc().isEmpty()) {
            details.put("cc", email.cc().stream().map(MailAddress::display).toList());
        }
        details.put("messageId", email.messageId());
        details.put("threadId", email.threadId().toString());
        details.put("mailboxId", email.mailboxId().toString());
        List<String> notes = new ArrayList<>();
        if (email.problem() != null) {
            notes.add(email.problem());
        }
        String text = email.text();
        if (text != null && text.length() > LONGEST_TEXT) {
            text = text.substring(0, LONGEST_TEXT);
        }
        Activity activity = new Activity(
                email.emailId(),
                Channel.EMAIL,
                outbound ? "outbound" : "inbound",
                sentAt.truncatedTo(ChronoUnit.MICROS),
                email.subject(),
                text == null || text.isBlank() ? null : text,
                details,
                currentUser.get().id(),
                now,
                links);
        activities.store(activity);
        if (email.html() != null) {
            table.insertHtml(activity.id(), email.html());
        }
        Map<String, Object> inline = new HashMap<>();
        for (ReceivedAttachment file : email.attachments()) {
            attachments
                    .addReceived(activity.id(), file.fileName(), file.contentType(), file.content())
                    .ifPresentOrElse(
                            stored -> {
                                if (file.contentId() != null) {
                                    inline.put(file.contentId(), stored.id().toString());
                                }
                            },
                            () -> notes.add(file.fileName() + " was over the size limit and not kept"));
        }
        Map<String, Object> after = new HashMap<>();
        if (!inline.isEmpty()) {
            after.put("inline", inline);
        }
        if (!notes.isEmpty()) {
            after.put("problem", String.join("; ", notes));
        }
        if (!after.isEmpty()) {
            table.mergeDetails(activity.id(), after);
        }
    }

    @EventListener
    void sent(EmailSent sent) {
        table.mergeDetails(
                sent.id(), Map.of("status", "sent", "sentAt", sent.sentAt().toString()));
    }

    @EventListener
    void failed(EmailSendFailed failed) {
        Map<String, Object> status = new HashMap<>();
        status.put("status", failed.nextAttemptAt() == null ? "failed" : "retrying");
        status.put("error", failed.error());
        status.put("attempts", failed.attempts());
        status.put(
                "nextAttemptAt",
                failed.nextAttemptAt() == null ? null : failed.nextAttemptAt().toString());
        table.mergeDetails(failed.id(), status);
    }

    /** The contacts found, their companies (inherited), and companies whose domain is in an unmatched address. */
    private List<ActivityLink> links(List<ContactSummary> matched, Set<String> customers) {
        List<ActivityLink> links = new ArrayList<>();
        Set<UUID> contactIds = new LinkedHashSet<>();
        matched.forEach(contact -> contactIds.add(contact.id()));
        contactIds.forEach(id -> links.add(new ActivityLink(ActivityLink.CONTACT, id, false)));
        Set<UUID> inherited = new LinkedHashSet<>();
        matched.stream().map(ContactSummary::companyId).filter(Objects::nonNull).forEach(inherited::add);
        Set<String> domains = new LinkedHashSet<>();
        customers.forEach(address -> domains.add(address.substring(address.indexOf('@') + 1)));
        for (UUID companyId : companies.findByDomains(domains)) {
            inherited.remove(companyId);
            links.add(new ActivityLink(ActivityLink.COMPANY, companyId, false));
        }
        inherited.forEach(id -> links.add(new ActivityLink(ActivityLink.COMPANY, id, true)));
        return links;
    }
}
