package io.rapport.customfield;

import io.rapport.shared.InvalidInputException;
import io.rapport.shared.web.FormErrors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page of custom fields: define, edit, delete (confirmed), restore and purge (confirmed). */
@Controller
@RequestMapping("/admin/custom-fields")
class CustomFieldAdminController {

    private final CustomFieldService service;

    private final FieldRecordTypes recordTypes;

    CustomFieldAdminController(CustomFieldService service, FieldRecordTypes recordTypes) {
        this.recordTypes = recordTypes;
        this.service = service;
    }

    @GetMapping
    String list(Model model) {
        return page(model, CustomFieldForm.empty(recordTypes.first()), Map.of());
    }

    @PostMapping
    String create(
            @ModelAttribute("form") CustomFieldForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                binding,
                () -> {
                    service.create(form.toInput());
                    redirect.addFlashAttribute("notice", "customField.created");
                    return "redirect:/admin/custom-fields";
                },
                errors -> page(model, form, errors));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        FieldDefinition field = service.get(id);
        return editPage(model, field, CustomFieldForm.of(field), Map.of());
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") CustomFieldForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        FieldDefinition field = service.get(id);
        return FormErrors.submit(
                binding,
                () -> {
                    CustomFieldInput input = form.toInput();
                    service.update(
                            id,
                            new CustomFieldInput(
                                    field.recordType(),
                                    field.key(),
                                    input.label(),
                                    field.type(),
                                    input.required(),
                                    input.defaultValue(),
                                    input.helpText(),
                                    input.options(),
                                    input.currency(),
                                    input.position()));
                    redirect.addFlashAttribute("notice", "customField.saved");
                    return "redirect:/admin/custom-fields";
                },
                errors -> editPage(model, field, form, errors));
    }

    /** Deleting asks for a ticked confirmation; the values stay until the field is purged. */
    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        return act(redirect, "customField.deleted", () -> {
            requireConfirmation(confirm);
            service.delete(id);
        });
    }

    @PostMapping("/{id}/restore")
    String restore(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(redirect, "customField.restored", () -> service.restore(id));
    }

    @PostMapping("/{id}/purge")
    String purge(
            @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        return act(redirect, "customField.purged", () -> {
            requireConfirmation(confirm);
            service.purge(id);
        });
    }

    /** Runs an action of a row's buttons; a refusal comes back as the page's failure message. */
    private static String act(RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", e.problems().get(0).message());
        }
        return "redirect:/admin/custom-fields";
    }

    private static void requireConfirmation(boolean confirm) {
        if (!confirm) {
            throw new InvalidInputException("confirm", "tick the box to confirm");
        }
    }

    private String page(Model model, CustomFieldForm form, Map<String, String> errors) {
        model.addAttribute("fields", service.list(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", List.of(FieldType.values()));
        model.addAttribute("recordTypes", recordTypes.all());
        return "customfield/list";
    }

    private String editPage(Model model, FieldDefinition field, CustomFieldForm form, Map<String, String> errors) {
        model.addAttribute("field", field);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "customfield/edit";
    }
}
