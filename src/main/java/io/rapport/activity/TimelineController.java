package io.rapport.activity;

import io.rapport.contact.ContactDirectory;
import io.rapport.contact.ContactSummary;
import io.rapport.identity.CurrentUser;
import io.rapport.identity.UserDirectory;
import io.rapport.mail.EmailTemplates;
import io.rapport.mail.MailboxDirectory;
import io.rapport.shared.CursorPage;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The timeline on contact and company pages (loaded by htmx once the page is shown): filters by channel and
 * author, quick-add forms for a call, a meeting and a note (and on a contact's page an email to send), and more
 * entries as the user scrolls.
 */
@Controller
class TimelineController {

    static final int PAGE = 50;

    private final ActivityService service;
    private final UserDirectory users;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final MessageSourceAccessor messages;
    private final AttachmentService attachmentService;
    private final EmailService emails;
    private final MailboxDirectory mailboxes;
    private final EmailTemplates templates;
    private final ContactDirectory contacts;

    TimelineController(
            ActivityService service,
            UserDirectory users,
            Validator validator,
            CurrentUser currentUser,
            MessageSource messageSource,
            AttachmentService attachmentService,
            EmailService emails,
            MailboxDirectory mailboxes,
            EmailTemplates templates,
            ContactDirectory contacts) {
        this.service = service;
        this.users = users;
        this.validator = validator;
        this.currentUser = currentUser;
        this.messages = new MessageSourceAccessor(messageSource);
        this.attachmentService = attachmentService;
        this.emails = emails;
        this.mailboxes = mailboxes;
        this.templates = templates;
        this.contacts = contacts;
    }

    @GetMapping("/timeline/{recordType}/{id}")
    String timeline(
            @PathVariable String recordType,
            @PathVariable UUID id,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) UUID author,
            @RequestParam(required = false) String cursor,
            HttpServletRequest request,
            Model model) {
        TimelineQuery query = new TimelineQuery(Channel.fromCode(channel).orElse(null), author);
        show(recordType, id, query, cursor, request, model);
        return cursor == null ? "activity/timeline :: timeline" : "activity/timeline :: entries";
    }

    /** Logs a call, a meeting or a note from the quick-add forms; the timeline again, or the form with its errors. */
    @PostMapping("/timeline/{recordType}/{id}")
    String log(
            @PathVariable String recordType,
            @PathVariable UUID id,
            ActivityForm form,
            BindingResult binding,
            @RequestParam(required = false) List<MultipartFile> attachments,
            HttpServletRequest request,
            Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("form", form);
            model.addAttribute("formErrors", FormErrors.of(binding));
        } else {
            try {
                ActivityInput input = InvalidInputException.unlessInvalid(validator, form.toInput(recordType, id));
                attachmentService.logWith(input, attachments == null ? List.of() : attachments);
            } catch (InvalidInputException e) {
                model.addAttribute("form", form);
                model.addAttribute("formErrors", FormErrors.of(e));
            } catch (AttachmentTooLargeException e) {
                model.addAttribute("form", form);
                model.addAttribute("formErrors", Map.of("attachments", e.getMessage()));
            }
        }
        show(recordType, id, TimelineQuery.ALL, null, request, model);
        return "activity/timeline :: timeline";
    }

    /**
     * Sends an email from a contact's page (to the contact's address unless the form names others); the timeline
     * again with the email queued on it, or the form with its errors.
     */
    @PostMapping("/timeline/contact/{id}/email")
    String email(
            @PathVariable UUID id,
            EmailForm form,
            BindingResult binding,
            @RequestParam(required = false) List<MultipartFile> attachments,
            HttpServletRequest request,
            Model model) {
        try {
            if (binding.hasErrors()) {
                throw new InvalidInputException(binding.getFieldErrors().stream()
                        .map(error -> new FieldProblem(error.getField(), "is not valid"))
                        .toList());
            }
            emails.send(
                    InvalidInputException.unlessInvalid(validator, form.toInput(id)),
                    attachments == null ? List.of() : attachments);
        } catch (InvalidInputException e) {
            model.addAttribute("emailForm", form);
            model.addAttribute("formErrors", FormErrors.of(e));
        } catch (AttachmentTooLargeException e) {
            model.addAttribute("emailForm", form);
            model.addAttribute("formErrors", Map.of("attachments", e.getMessage()));
        }
        show(ActivityLink.CONTACT, id, TimelineQuery.ALL, null, request, model);
        return "activity/timeline :: timeline";
    }

    /** An attachment, as a download (see {@link AttachmentDownload}). */
    @GetMapping("/activities/{activityId}/attachments/{id}")
    void attachment(@PathVariable UUID activityId, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        AttachmentDownload.send(attachmentService.get(activityId, id), attachmentService, response);
    }

    /**
     * Deletes an activity: for htmx nothing, so the entry disappears from the timeline; without script, back to
     * the page the button was on.
     */
    @PostMapping("/activities/{id}/delete")
    ResponseEntity<Void> delete(
            @PathVariable UUID id,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = HttpHeaders.REFERER, required = false) String referer) {
        service.delete(id);
        if (htmx != null) {
            return ResponseEntity.ok().build();
        }
        String home = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        // Only back to a page of Rapport's own: a referrer is whatever the browser says.
        String back = referer != null && referer.startsWith(home + "/") ? referer : home + "/contacts";
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(back))
                .build();
    }

    private void show(
            String recordType, UUID id, TimelineQuery query, String cursor, HttpServletRequest request, Model model) {
        CursorPage<Activity> page = service.timeline(recordType, id, query, cursor, PAGE);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean mayDelete = csrf != null && currentUser.get().role().canWrite();
        TimelineEntries entries = new TimelineEntries(
                messages,
                request.getContextPath(),
                mayDelete ? csrf.getParameterName() : null,
                mayDelete ? csrf.getToken() : null);
        model.addAttribute("page", page);
        model.addAttribute(
                "entries",
                entries.write(
                        page.items(),
                        service.contactsOf(page.items()),
                        users.namesOf(page.items().stream()
                                .map(Activity::authorId)
                                .distinct()
                                .toList()),
                        attachmentService
                                .ofShown(page.items().stream().map(Activity::id).toList())
                                .stream()
                                .collect(Collectors.groupingBy(Attachment::activityId)),
                        id));
        if (cursor == null) {
            // Only the first page shows the filters and the quick-add forms; later pages are entries alone.
            model.addAttribute("attachmentLimit", attachmentService.limit());
            model.addAttribute("users", users.activeUsers());
            model.addAttribute("channels", Channel.values());
            if (ActivityLink.CONTACT.equals(recordType)
                    && currentUser.get().role().canWrite()) {
                model.addAttribute("mailboxes", mailboxes.sendable());
                model.addAttribute("templates", templates.all());
                model.addAttribute(
                        "recordEmail",
                        contacts.find(id).map(ContactSummary::email).orElse(null));
            }
        }
        model.addAttribute("query", query);
        model.addAttribute("recordType", recordType);
        model.addAttribute("recordId", id);
    }
}
