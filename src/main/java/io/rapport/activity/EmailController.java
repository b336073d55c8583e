package io.rapport.activity;

import io.rapport.identity.UserDirectory;
import io.rapport.mail.EmailHtml;
import io.rapport.mail.MailboxDirectory;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An email's page: its envelope and state, its HTML (cleaned when received; remote images only when the reader
 * asks, inline images from its attachments), its files, the rest of its conversation and a form to answer.
 */
@Controller
class EmailController {

    /** The application's policy (see SecurityConfiguration) with images from anywhere. */
    private static final String REMOTE_IMAGES_POLICY = "default-src 'self'; img-src 'self' data: https: http:;"
            + " style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private final EmailService emails;
    private final AttachmentService attachments;
    private final UserDirectory users;
    private final MailboxDirectory mailboxes;
    private final Validator validator;

    EmailController(
            EmailService emails,
            AttachmentService attachments,
            UserDirectory users,
            MailboxDirectory mailboxes,
            Validator validator) {
        this.emails = emails;
        this.attachments = attachments;
        this.users = users;
        this.mailboxes = mailboxes;
        this.validator = validator;
    }

    @GetMapping("/emails/{id}")
    String show(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean images,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        EmailService.EmailView view = emails.view(id);
        Activity email = view.email();
        String html = view.html();
        model.addAttribute("remoteImages", false);
        if (html != null) {
            html = EmailHtml.withInlineImages(html, inlineAddresses(request.getContextPath(), email));
            model.addAttribute("remoteImages", EmailHtml.hasRemoteImages(html));
            if (images) {
                html = EmailHtml.withRemoteImages(html);
                // The only page whose images may come from elsewhere, once its reader asked for them.
                response.setHeader("Content-Security-Policy", REMOTE_IMAGES_POLICY);
            }
        }
        model.addAttribute("email", email);
        model.addAttribute("html", html);
        model.addAttribute("images", images);
        model.addAttribute("files", attachments.of(id));
        model.addAttribute("thread", view.thread());
        model.addAttribute("author", users.namesOf(List.of(email.authorId())).get(email.authorId()));
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", EmailForm.replyTo(email));
        }
        model.addAttribute("mailboxes", mailboxes.sendable());
        return "activity/email";
    }

    /** Answers an email: the answer joins its thread and its contacts' timelines; its page comes next. */
    @PostMapping("/emails/{id}/reply")
    String reply(
            @PathVariable UUID id,
            EmailForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Activity email = emails.view(id).email();
        try {
            Activity sent = emails.send(InvalidInputException.unlessInvalid(validator, form.toReply(email)), List.of());
            return "redirect:/emails/" + sent.id();
        } catch (InvalidInputException e) {
            model.addAttribute("reply", form);
            model.addAttribute("formErrors", FormErrors.of(e));
            return show(id, false, request, response, model);
        }
    }

    @PostMapping("/emails/{id}/retry")
    String retry(@PathVariable UUID id) {
        emails.retry(id);
        return "redirect:/emails/" + id;
    }

    /** The download address of each inline image, by its content id. */
    private static Map<String, String> inlineAddresses(String contextPath, Activity email) {
        Map<String, String> addresses = new HashMap<>();
        if (email.detail("inline") instanceof Map<?, ?> inline) {
            inline.forEach((cid, attachmentId) -> addresses.put(
                    String.valueOf(cid), contextPath + "/activities/" + email.id() + "/attachments/" + attachmentId));
        }
        return addresses;
    }
}
