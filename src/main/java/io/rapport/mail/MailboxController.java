package io.rapport.mail;

import io.rapport.shared.InvalidInputException;
import jakarta.validation.Validator;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' mailbox page: each mailbox with how its last fetch went, and the form to add or change one. */
@Controller
@RequestMapping("/admin/mailboxes")
class MailboxController {

    private final MailboxService service;
    private final Validator validator;

    MailboxController(MailboxService service, Validator validator) {
        this.service = service;
        this.validator = validator;
    }

    /** The list; {@code edit} opens a mailbox in the form. */
    @GetMapping
    String list(@RequestParam(required = false) UUID edit, Model model) {
        model.addAttribute("form", edit == null ? null : MailboxForm.of(MailboxJson.of(service.get(edit))));
        return page(edit, model);
    }

    @PostMapping
    String create(MailboxForm form, Model model) {
        return save(null, form, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, MailboxForm form, Model model) {
        return save(id, form, model);
    }

    @PostMapping("/{id}/fetch")
    String fetch(@PathVariable UUID id) {
        service.fetchNow(id);
        return "redirect:/admin/mailboxes";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id) {
        service.delete(id);
        return "redirect:/admin/mailboxes";
    }

    private String save(UUID id, MailboxForm form, Model model) {
        try {
            MailboxInput input = InvalidInputException.unlessInvalid(validator, form.toInput());
            if (id == null) {
                service.create(input);
            } else {
                service.update(id, input);
            }
            return "redirect:/admin/mailboxes";
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", e.problems());
            return page(id, model);
        }
    }

    private String page(UUID editing, Model model) {
        model.addAttribute(
                "mailboxes", service.all().stream().map(MailboxJson::of).toList());
        model.addAttribute("editing", editing);
        return "mail/mailboxes";
    }
}
