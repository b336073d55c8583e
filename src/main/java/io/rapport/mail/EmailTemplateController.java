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

/** The team's email templates page: the list, and the form to add or change one. */
@Controller
@RequestMapping("/email-templates")
class EmailTemplateController {

    private final EmailTemplates templates;
    private final Validator validator;

    EmailTemplateController(EmailTemplates templates, Validator validator) {
        this.templates = templates;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(required = false) UUID edit, Model model) {
        if (edit != null) {
            EmailTemplate template = templates.get(edit);
            model.addAttribute("form", new EmailTemplateInput(template.name(), template.subject(), template.body()));
        }
        return page(edit, model);
    }

    @PostMapping
    String create(EmailTemplateInput form, Model model) {
        return save(null, form, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, EmailTemplateInput form, Model model) {
        return save(id, form, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id) {
        templates.delete(id);
        return "redirect:/email-templates";
    }

    private String save(UUID id, EmailTemplateInput form, Model model) {
        try {
            InvalidInputException.unlessInvalid(validator, form);
            if (id == null) {
                templates.create(form);
            } else {
                templates.update(id, form);
            }
            return "redirect:/email-templates";
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", e.problems());
            return page(id, model);
        }
    }

    private String page(UUID editing, Model model) {
        model.addAttribute("templates", templates.all());
        model.addAttribute("editing", editing);
        return "mail/templates";
    }
}
