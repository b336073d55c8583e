package io.rapport.activity;

import io.rapport.identity.UserDirectory;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import io.rapport.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The tasks on a record's page, above its timeline (loaded by htmx once the page is shown): each opens its edit
 * form, and "Add a task" makes one linked to the record.
 */
@Controller
class RecordTaskController {

    private final TaskService service;
    private final RecordTypes types;
    private final UserDirectory users;

    RecordTaskController(TaskService service, RecordTypes types, UserDirectory users) {
        this.service = service;
        this.types = types;
        this.users = users;
    }

    @GetMapping("/tasks/of/{recordType}/{id}")
    String tasks(@PathVariable String recordType, @PathVariable UUID id, Model model) {
        return show(visible(recordType, id), id, model);
    }

    /**
     * Adds a task linked to the record. Saved, the whole page is loaded again (for htmx, {@code HX-Refresh}), as
     * the record's next activity may have changed with it; refused, the form again with its messages.
     */
    @PostMapping("/tasks/of/{recordType}/{id}")
    String add(
            @PathVariable String recordType,
            @PathVariable UUID id,
            @ModelAttribute("taskForm") TaskForm form,
            BindingResult binding,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        RecordType type = visible(recordType, id);
        return FormErrors.submit(
                binding,
                () -> {
                    service.create(form.toNewFor(recordType, id));
                    if (htmx == null) {
                        return "redirect:" + type.uiPath(id);
                    }
                    response.setHeader("HX-Refresh", "true");
                    return show(type, id, model);
                },
                errors -> {
                    model.addAttribute("formErrors", errors);
                    return show(type, id, model);
                });
    }

    private RecordType visible(String recordType, UUID id) {
        return types.find(recordType)
                .filter(type -> types.isVisible(recordType, id))
                .orElseThrow(() -> new RecordNotFoundException(recordType, id));
    }

    private String show(RecordType type, UUID id, Model model) {
        model.addAttribute("tasks", service.ofRecord(type.name(), id));
        model.addAttribute("recordType", type.name());
        model.addAttribute("recordId", id);
        model.addAttribute("recordPath", type.uiPath(id));
        // Tasks link to contacts and companies only (task_link, the API's contactIds and companyIds).
        model.addAttribute(
                "mayAdd", ActivityLink.CONTACT.equals(type.name()) || ActivityLink.COMPANY.equals(type.name()));
        model.addAttribute("users", users.activeUsers());
        model.addAttribute("priorities", Task.PRIORITIES);
        return "activity/record-tasks :: tasks";
    }
}
