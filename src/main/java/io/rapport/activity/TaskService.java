package io.rapport.activity;

import io.rapport.company.CompanyDirectory;
import io.rapport.contact.ContactDirectory;
import io.rapport.identity.CurrentUser;
import io.rapport.identity.Role;
import io.rapport.identity.SignedInUser;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.Text;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks: created for oneself or someone else, linked to contacts and companies one may see, done and reopened; a
 * recurring task done comes back as a new task one period later. Each task's reminder follows it.
 */
@Service
@Transactional
class TaskService {

    static final String RECORD = "task";
    private static final int MOST = 200;

    private final Tasks tasks;
    private final TaskReminders reminders;
    private final NextActivities nextActivities;
    private final ContactDirectory contacts;
    private final CompanyDirectory companies;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    TaskService(
            Tasks tasks,
            TaskReminders reminders,
            NextActivities nextActivities,
            ContactDirectory contacts,
            CompanyDirectory companies,
            UserDirectory users,
            CurrentUser currentUser) {
        this.tasks = tasks;
        this.reminders = reminders;
        this.nextActivities = nextActivities;
        this.contacts = contacts;
        this.companies = companies;
        this.users = users;
        this.currentUser = currentUser;
    }

    Task create(TaskInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = Text.clean(input.title());
        if (title == null) {
            problems.add(new FieldProblem("title", "must not be blank"));
        }
        String priority = choice("priority", input.priority(), Task.PRIORITIES, "normal", problems);
        String recurrence = choice("recurrence", input.recurrence(), Task.RECURRENCES, "none", problems);
        UUID assignee = assignee(input.assigneeId(), problems);
        if (!"none".equals(recurrence) && input.dueAt() == null) {
            problems.add(new FieldProblem("dueAt", "a recurring task needs a due time"));
        }
        List<ActivityLink> links = links(input, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now();
        Task task = new Task(
                Ids.newId(),
                title,
                Text.clean(input.notes()),
                micros(input.dueAt()),
                priority,
                assignee,
                currentUser.get().id(),
                recurrence,
                Boolean.TRUE.equals(input.done()) ? now : null,
                now,
                now,
                links);
        tasks.insert(task);
        reminders.follow(task);
        nextActivities.refresh(task.links());
        return task;
    }

    /** Changes the fields given; {@code done} completes or reopens the task. */
    Task update(UUID id, TaskInput input) {
        Task task = get(id);
        List<FieldProblem> problems = new ArrayList<>();
        String title = input.title() == null ? task.title() : Text.clean(input.title());
        if (title == null) {
            problems.add(new FieldProblem("title", "must not be blank"));
        }
        String priority = input.priority() == null
                ? task.priority()
                : choice("priority", input.priority(), Task.PRIORITIES, task.priority(), problems);
        String recurrence = input.recurrence() == null
                ? task.recurrence()
                : choice("recurrence", input.recurrence(), Task.RECURRENCES, task.recurrence(), problems);
        UUID assignee = input.assigneeId() == null ? task.assigneeId() : assignee(input.assigneeId(), problems);
        List<ActivityLink> links = input.contactIds() == null && input.companyIds() == null
                ? task.links()
                : relinked(task, input, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean completing = Boolean.TRUE.equals(input.done()) && !task.isDone();
        Instant doneAt = input.done() == null ? task.doneAt() : input.done() ? doneAt(task) : null;
        Task changed = task.with(
                title,
                input.notes() == null ? task.notes() : Text.clean(input.notes()),
                input.dueAt() == null ? task.dueAt() : micros(input.dueAt()),
                priority,
                assignee,
                recurrence,
                doneAt,
                links);
        tasks.update(changed);
        if (!links.equals(task.links())) {
            tasks.replaceLinks(changed);
        }
        reminders.follow(changed);
        if (completing && !"none".equals(changed.recurrence()) && changed.dueAt() != null) {
            Task next = new Task(
                    Ids.newId(),
                    changed.title(),
                    changed.notes(),
                    next(changed.dueAt(), changed.recurrence()),
                    changed.priority(),
                    changed.assigneeId(),
                    changed.createdBy(),
                    changed.recurrence(),
                    null,
                    Instant.now(),
                    Instant.now(),
                    changed.links());
            tasks.insert(next);
            reminders.follow(next);
        }
        Set<ActivityLink> touched = new LinkedHashSet<>(task.links());
        touched.addAll(links);
        nextActivities.refresh(touched);
        return changed;
    }

    void delete(UUID id) {
        Task task = get(id);
        tasks.delete(id);
        reminders.cancel(task);
        nextActivities.refresh(task.links());
    }

    /**
     * A task is seen by its assignee and its creator, by whoever may see a record it concerns, and by
     * administrators; others are told it does not exist.
     */
    @Transactional(readOnly = true)
    Task get(UUID id) {
        SignedInUser me = currentUser.get();
        return tasks.find(id)
                .filter(task -> me.isAdmin()
                        || me.id().equals(task.assigneeId())
                        || me.id().equals(task.createdBy())
                        || task.links().stream().anyMatch(this::isVisible))
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    /** The tasks linked to a record the user may see, open ones first. */
    @Transactional(readOnly = true)
    List<Task> ofRecord(String recordType, UUID recordId) {
        return tasks.ofRecord(recordType, recordId, MOST);
    }

    /** A user's open (or done) tasks; only one's own unless an administrator or a manager asks. */
    @Transactional(readOnly = true)
    List<Task> of(UUID assigneeId, boolean done) {
        SignedInUser me = currentUser.get();
        UUID whose = assigneeId == null ? me.id() : assigneeId;
        if (!whose.equals(me.id()) && !me.isAdmin() && me.role() != Role.MANAGER) {
            throw new InvalidInputException("assigneeId", "only administrators and managers see others' tasks");
        }
        return tasks.of(whose, done, MOST);
    }

    private Instant doneAt(Task task) {
        return task.isDone() ? task.doneAt() : Instant.now();
    }

    private UUID assignee(UUID given, List<FieldProblem> problems) {
        if (given == null) {
            return currentUser.get().id();
        }
        if (!users.isActiveUser(given)) {
            problems.add(new FieldProblem("assigneeId", "no active user " + given));
        }
        return given;
    }

    private List<ActivityLink> links(TaskInput input, List<FieldProblem> problems) {
        List<ActivityLink> links = new ArrayList<>();
        if (input.contactIds() != null) {
            for (UUID id : input.contactIds()) {
                if (contacts.isVisible(id)) {
                    links.add(new ActivityLink(ActivityLink.CONTACT, id, false));
                } else {
                    problems.add(new FieldProblem("contactIds", "no contact " + id));
                }
            }
        }
        if (input.companyIds() != null) {
            for (UUID id : input.companyIds()) {
                if (companies.isVisible(id)) {
                    links.add(new ActivityLink(ActivityLink.COMPANY, id, false));
                } else {
                    problems.add(new FieldProblem("companyIds", "no company " + id));
                }
            }
        }
        return links;
    }

    /**
     * The links after a change: those of a kind given ({@code contactIds}, {@code companyIds}) are replaced, the
     * others stay, and so do links to records the user cannot see (not theirs to remove, and a form could not
     * have shown them).
     */
    private List<ActivityLink> relinked(Task task, TaskInput input, List<FieldProblem> problems) {
        Set<ActivityLink> links = new LinkedHashSet<>(links(input, problems));
        for (ActivityLink link : task.links()) {
            boolean replaced = ActivityLink.CONTACT.equals(link.recordType())
                    ? input.contactIds() != null
                    : input.companyIds() != null;
            if (!replaced || !isVisible(link)) {
                links.add(link);
            }
        }
        return List.copyOf(links);
    }

    private boolean isVisible(ActivityLink link) {
        return ActivityLink.CONTACT.equals(link.recordType())
                ? contacts.isVisible(link.recordId())
                : companies.isVisible(link.recordId());
    }

    private static String choice(
            String field, String given, List<String> allowed, String otherwise, List<FieldProblem> problems) {
        String value = Text.clean(given);
        if (value == null) {
            return otherwise;
        }
        if (!allowed.contains(value)) {
            problems.add(new FieldProblem(field, "must be one of " + String.join(", ", allowed)));
        }
        return value;
    }

    /** The next occurrence of a recurring task, one period after the last due time (months in UTC). */
    static Instant next(Instant due, String recurrence) {
        return switch (recurrence) {
            case "daily" -> due.plus(1, ChronoUnit.DAYS);
            case "weekly" -> due.plus(7, ChronoUnit.DAYS);
            case "monthly" -> due.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
            default -> throw new IllegalArgumentException("not recurring: " + recurrence);
        };
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
