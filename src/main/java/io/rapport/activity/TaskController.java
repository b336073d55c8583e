package io.rapport.activity;

import io.rapport.identity.CurrentUser;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.web.FormErrors;
import io.rapport.shared.web.PageTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "My tasks": overdue, today and upcoming, done with one click; a form for a new one. */
@Controller
class TaskController {

    private final TaskService service;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    TaskController(TaskService service, UserDirectory users, CurrentUser currentUser) {
        this.service = service;
        this.users = users;
        this.currentUser = currentUser;
    }

    @GetMapping("/tasks")
    String tasks(Model model) {
        return page(model);
    }

    @PostMapping("/tasks")
    String create(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String dueAt,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) UUID assigneeId,
            @RequestParam(required = false) String recurrence,
            Model model) {
        try {
            service.create(new TaskInput(
                    title,
                    null,
                    PageTimes.fromInput("dueAt", dueAt),
                    priority,
                    assigneeId,
                    recurrence,
                    null,
                    null,
                    null));
            return "redirect:/tasks";
        } catch (InvalidInputException e) {
            model.addAttribute("formErrors", FormErrors.of(e));
            model.addAttribute("title", title);
            model.addAttribute("dueAt", dueAt);
            return page(model);
        }
    }

    /** Done or not: the task's row again (htmx), or the page. */
    @PostMapping("/tasks/{id}/done")
    String done(@PathVariable UUID id, @RequestParam boolean done) {
        service.update(id, new TaskInput(null, null, null, null, null, null, done, null, null));
        return "redirect:/tasks";
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
