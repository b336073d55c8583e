package io.rapport.activity;

import io.rapport.company.CompanyDirectory;
import io.rapport.contact.ContactDirectory;
import io.rapport.identity.CurrentUser;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.web.FormErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My tasks": overdue, today and upcoming, done with one click; a form for a new one, linked to a contact or a
 * company picked by typing; a task's own page to change it.
 */
@Controller
class TaskController {

    /** Where the edit page may send the user back to: a record's page, never another site. */
    private static final Pattern RECORD_PAGE = Pattern.compile("/[a-z_]{2,31}/[0-9a-f-]{36}");

    private final TaskService service;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final ContactDirectory contacts;
    private final CompanyDirectory companies;

    TaskController(
            TaskService service,
            UserDirectory users,
            CurrentUser currentUser,
            ContactDirectory contacts,
            CompanyDirectory companies) {
        this.service = service;
        this.users = users;
        this.currentUser = currentUser;
        this.contacts = contacts;
        this.companies = companies;
    }

    @GetMapping("/tasks")
    String tasks(Model model) {
        return page(model);
    }

    @PostMapping("/tasks")
    String create(@ModelAttribute("form") TaskForm form, BindingResult binding, Model model) {
        return FormErrors.submit(
                binding,
                () -> {
                    service.create(form.toNew());
                    return "redirect:/tasks";
                },
                errors -> {
                    model.addAttribute("formErrors", errors);
                    links(model, form);
                    return page(model);
                });
    }

    /** Done or not: the task's row again (htmx), or the page. */
    @PostMapping("/tasks/{id}/done")
    String done(@PathVariable UUID id, @RequestParam boolean done) {
        service.update(id, new TaskInput(null, null, null, null, null, null, done, null, null));
        return "redirect:/tasks";
    }

    /** A task's own form: title, due time, priority, assignee, linked records, done. */
    @GetMapping("/tasks/{id}/edit")
    String editForm(@PathVariable UUID id, @RequestParam(required = false) String back, Model model) {
        TaskForm form = TaskForm.of(service.get(id));
        model.addAttribute("form", form);
        return edit(model, id, back, form, Map.of());
    }

    @PostMapping("/tasks/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") TaskForm form,
            BindingResult binding,
            @RequestParam(required = false) String back,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                binding,
                () -> {
                    service.update(id, form.toChange());
                    redirect.addFlashAttribute("notice", "tasks.saved");
                    return "redirect:" + backTo(back);
                },
                errors -> edit(model, id, back, form, errors));
    }

    private String edit(Model model, UUID id, String back, TaskForm form, Map<String, String> errors) {
        model.addAttribute("taskId", id);
        model.addAttribute("back", backTo(back));
        model.addAttribute("formErrors", errors);
        model.addAttribute("users", users.activeUsers());
        model.addAttribute("priorities", Task.PRIORITIES);
        model.addAttribute("recurrences", Task.RECURRENCES);
        links(model, form);
        return "activity/task-edit";
    }

    /** The names of the records a form links, those the user may see, for its check boxes and pickers. */
    private void links(Model model, TaskForm form) {
        model.addAttribute("linkedContacts", contacts.summaries(form.contacts()).values());
        model.addAttribute(
                "linkedCompanies", companies.summaries(form.companies()).values());
    }

    private static String backTo(String back) {
        return back != null && RECORD_PAGE.matcher(back).matches() ? back : "/tasks";
    }

    private String page(Model model) {
        Instant now = Instant.now();
        ZoneId zone = ZoneId.systemDefault();
        Instant endOfToday = LocalDate.now(zone).plusDays(1).atStartOfDay(zone).toInstant();
        List<Task> open = service.of(currentUser.get().id(), false);
        model.addAttribute(
                "overdue", open.stream().filter(t -> t.isOverdue(now)).toList());
        model.addAttribute(
                "today",
                open.stream()
                        .filter(t -> !t.isOverdue(now)
                                && t.dueAt() != null
                                && t.dueAt().isBefore(endOfToday))
                        .toList());
        model.addAttribute(
                "upcoming",
                open.stream()
                        .filter(t -> t.dueAt() == null || !t.dueAt().isBefore(endOfToday))
                        .toList());
        model.addAttribute(
                "done",
                service.of(currentUser.get().id(), true).stream().limit(20).toList());
        model.addAttribute("users", users.activeUsers());
        model.addAttribute("priorities", Task.PRIORITIES);
        model.addAttribute("recurrences", Task.RECURRENCES);
        return "activity/tasks";
    }
}
