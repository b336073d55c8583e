package io.rapport.activity;

import io.rapport.identity.UserDirectory;
import io.rapport.shared.CursorPage;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.web.FormErrors;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The timeline on contact and company pages (loaded by htmx once the page is shown): filters by channel and
 * author, quick-add forms for a call, a meeting and a note, and more entries as the user scrolls.
 */
@Controller
class TimelineController {

    static final int PAGE = 50;

    private final ActivityService service;
    private final UserDirectory users;
    private final Validator validator;

    TimelineController(ActivityService service, UserDirectory users, Validator validator) {
        this.service = service;
        this.users = users;
        this.validator = validator;
    }

    @GetMapping("/timeline/{recordType}/{id}")
    String timeline(
            @PathVariable String recordType,
            @PathVariable UUID id,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) UUID author,
            @RequestParam(required = false) String cursor,
            Model model) {
        TimelineQuery query = new TimelineQuery(Channel.fromCode(channel).orElse(null), author);
        show(recordType, id, query, cursor, model);
        return cursor == null ? "activity/timeline :: timeline" : "activity/timeline :: entries";
    }

    /** Logs a call, a meeting or a note from the quick-add forms; the timeline again, or the form with its errors. */
    @PostMapping("/timeline/{recordType}/{id}")
    String log(
            @PathVariable String recordType,
            @PathVariable UUID id,
            ActivityForm form,
            BindingResult binding,
            Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("form", form);
            model.addAttribute("formErrors", FormErrors.of(binding));
        } else {
            try {
                ActivityInput input = form.toInput(recordType, id, ZoneId.systemDefault());
                List<FieldProblem> problems = validator.validate(input).stream()
                        .map(violation ->
                                new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                        .toList();
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                service.log(input);
            } catch (InvalidInputException e) {
                model.addAttribute("form", form);
                model.addAttribute("formErrors", FormErrors.of(e));
            }
        }
        show(recordType, id, TimelineQuery.ALL, null, model);
        return "activity/timeline :: timeline";
    }

    /** Deletes an activity; the entry disappears from the timeline. */
    @PostMapping("/activities/{id}/delete")
    @ResponseBody
    String delete(@PathVariable UUID id) {
        service.delete(id);
        return "";
    }

    private void show(String recordType, UUID id, TimelineQuery query, String cursor, Model model) {
        CursorPage<Activity> page = service.timeline(recordType, id, query, cursor, PAGE);
        model.addAttribute("page", page);
        model.addAttribute("contacts", service.contactsOf(page.items()));
        model.addAttribute(
                "authors",
                users.namesOf(
                        page.items().stream().map(Activity::authorId).distinct().toList()));
        model.addAttribute("users", users.activeUsers());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("query", query);
        model.addAttribute("recordType", recordType);
        model.addAttribute("recordId", id);
    }
}
