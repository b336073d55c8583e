package io.rapport.activity;

import io.rapport.contact.ContactDirectory;
import io.rapport.contact.ContactSummary;
import io.rapport.identity.CurrentUser;
import io.rapport.identity.SignedInUser;
import io.rapport.mail.EmailQueued;
import io.rapport.mail.EmailTemplate;
import io.rapport.mail.EmailTemplates;
import io.rapport.mail.MergeFields;
import io.rapport.mail.Outbox;
import io.rapport.mail.OutgoingEmail;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.Text;
import io.rapport.shared.value.EmailAddresses;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Sending email from Rapport: the message is checked, its merge fields filled, its files stored, and it is put on
 * the timeline (status {@code queued}) and into the outbox in one transaction; the outbox sends it after commit.
 */
@Service
@Transactional
class EmailService {

    private final ActivityService activities;
    private final Activities table;
    private final AttachmentService attachments;
    private final ContactDirectory contacts;
    private final EmailTemplates templates;
    private final Outbox outbox;
    private final CurrentUser currentUser;

    EmailService(
            ActivityService activities,
            Activities table,
            AttachmentService attachments,
            ContactDirectory contacts,
            EmailTemplates templates,
            Outbox outbox,
            CurrentUser currentUser) {
        this.activities = activities;
        this.table = table;
        this.attachments = attachments;
        this.contacts = contacts;
        this.templates = templates;
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    Activity send(EmailInput input, List<MultipartFile> files) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> to = addresses("to", input.to(), problems);
        List<String> cc = addresses("cc", input.cc(), problems);
        List<String> bcc = addresses("bcc", input.bcc(), problems);
        if (to.isEmpty() && !problems.stream().anyMatch(p -> p.field().equals("to"))) {
            problems.add(new FieldProblem("to", "name at least one recipient"));
        }
        if (input.mailboxId() == null) {
            problems.add(new FieldProblem("mailboxId", "choose a mailbox to send through"));
        }
        EmailTemplate template = input.templateId() == null ? null : templates.get(input.templateId());
        String subject = Text.clean(input.subject());
        String body = input.body() == null || input.body().isBlank() ? null : input.body();
        if (template != null) {
            subject = subject == null ? template.subject() : subject;
            body = body == null ? template.body() : body;
        }
        if (subject == null) {
            problems.add(new FieldProblem("subject", "must not be empty"));
        }
        if (body == null) {
            problems.add(new FieldProblem("body", "must not be empty"));
        }
        EmailTemplates.unknownFields(problems, "subject", subject);
        EmailTemplates.unknownFields(problems, "body", body);
        List<ContactSummary> recipients = recipients(input, to, cc, bcc, problems);
        Activity replied = input.replyTo() == null ? null : activities.get(input.replyTo());
        if (replied != null && (replied.channel() != Channel.EMAIL || replied.detail("messageId") == null)) {
            problems.add(new FieldProblem("replyTo", "not an email with a Message-ID"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SignedInUser user = currentUser.get();
        Map<String, String> values =
                mergeValues(recipients.isEmpty() ? null : recipients.get(0).id(), user);
        subject = MergeFields.render(subject, values).replaceAll("[\\r\\n]+", " ");
        body = MergeFields.render(body, values);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("to", to);
        if (!cc.isEmpty()) {
            details.put("cc", cc);
        }
        if (!bcc.isEmpty()) {
            details.put("bcc", bcc);
        }
        details.put("mailboxId", input.mailboxId().toString());
        details.put("status", "queued");
        Activity activity = activities.store(new Activity(
                Ids.newId(),
                Channel.EMAIL,
                "outbound",
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                subject,
                body,
                details,
                user.id(),
                Instant.now(),
                links(recipients)));
        List<OutgoingEmail.Attachment> attached = new ArrayList<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                Attachment stored = attachments.add(activity.id(), file);
                attached.add(new OutgoingEmail.Attachment(stored.key(), stored.fileName(), stored.contentType()));
            }
        }
        EmailQueued queued = outbox.queue(new OutgoingEmail(
                activity.id(),
                input.mailboxId(),
                user.id(),
                user.name(),
                to,
                cc,
                bcc,
                subject,
                body,
                attached,
                replied == null ? null : (String) replied.detail("messageId")));
        Map<String, Object> ids = Map.of(
                "messageId", queued.messageId(), "threadId", queued.threadId().toString());
        table.mergeDetails(activity.id(), ids);
        details.putAll(ids);
        return activity;
    }

    /** An email the user may see, with its cleaned HTML (remote images held back) and its thread, oldest first. */
    @Transactional(readOnly = true)
    EmailView view(UUID id) {
        Activity email = activities.get(id);
        if (email.channel() != Channel.EMAIL) {
            throw new RecordNotFoundException("email", id);
        }
        Object threadId = email.detail("threadId");
        List<Activity> thread =
                threadId == null ? List.of(email) : activities.visibleOnly(table.thread(threadId.toString()));
        return new EmailView(email, table.html(id).orElse(null), thread);
    }

    /** An email as its page shows it. */
    record EmailView(Activity email, String html, List<Activity> thread) {}

    /** Tries a failed email again now. */
    void retry(UUID id) {
        Activity email = activities.get(id);
        if (email.channel() != Channel.EMAIL || !outbox.isUnsent(id)) {
            throw new InvalidInputException("id", "not an email waiting to be sent");
        }
        outbox.retry(id);
        table.mergeDetails(id, Map.of("status", "queued"));
    }

    /** The contacts named by id (each one the user may see) and those the recipients' addresses belong to. */
    private List<ContactSummary> recipients(
            EmailInput input, List<String> to, List<String> cc, List<String> bcc, List<FieldProblem> problems) {
        Map<UUID, ContactSummary> found = new LinkedHashMap<>();
        for (UUID id : input.contactIds() == null ? List.<UUID>of() : input.contactIds()) {
            contacts.find(id)
                    .ifPresentOrElse(
                            contact -> found.put(id, contact),
                            () -> problems.add(new FieldProblem("contactIds", "no contact " + id)));
        }
        Set<String> addresses = new LinkedHashSet<>(to);
        addresses.addAll(cc);
        addresses.addAll(bcc);
        contacts.findByEmails(addresses).forEach(contact -> found.putIfAbsent(contact.id(), contact));
        if (found.isEmpty() && !to.isEmpty()) {
            problems.add(new FieldProblem(
                    "to", "no contact has these addresses: add the contact first, or name it in contactIds"));
        }
        return List.copyOf(found.values());
    }

    private Map<String, String> mergeValues(UUID contactId, SignedInUser user) {
        Map<String, String> values = new HashMap<>();
        if (contactId != null) {
            contacts.mergeFields(contactId)
                    .ifPresent(fields -> fields.forEach((field, value) -> values.put("contact." + field, value)));
        }
        values.put("user.name", user.name());
        values.put("user.email", user.email());
        return values;
    }

    private static List<ActivityLink> links(List<ContactSummary> recipients) {
        List<ActivityLink> links = new ArrayList<>();
        recipients.forEach(contact -> links.add(new ActivityLink(ActivityLink.CONTACT, contact.id(), false)));
        recipients.stream()
                .map(ContactSummary::companyId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> links.add(new ActivityLink(ActivityLink.COMPANY, id, true)));
        return links;
    }

    private static List<String> addresses(String field, List<String> given, List<FieldProblem> problems) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String value : EmailInput.orNone(given)) {
            String address = Text.clean(value);
            if (address == null) {
                continue;
            }
            address = address.toLowerCase(Locale.ROOT);
            if (EmailAddresses.isValid(address)) {
                addresses.add(address);
            } else {
                problems.add(new FieldProblem(field, "not an email address: " + address));
            }
        }
        return List.copyOf(addresses);
    }
}
