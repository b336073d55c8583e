package io.rapport.activity;

import io.rapport.shared.web.PageTimes;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A task form as the browser sends it (the Tasks page's, a record page's "Add a task", the edit page's): the due
 * time as a {@code datetime-local} input writes it, the linked records as the pickers and check boxes name them
 * (an empty choice comes as a null id, left out).
 */
public record TaskForm(
        String title,
        String dueAt,
        String priority,
        UUID assigneeId,
        String recurrence,
        List<UUID> contactIds,
        List<UUID> companyIds,
        Boolean done) {

    /** The form of an existing task, to edit it. */
    static TaskForm of(Task task) {
        return new TaskForm(
                task.title(),
                PageTimes.forInput(task.dueAt()),
                task.priority(),
                task.assigneeId(),
                task.recurrence(),
                task.linked(ActivityLink.CONTACT),
                task.linked(ActivityLink.COMPANY),
                task.isDone());
    }

    /** A new task, linked to the records picked. */
    TaskInput toNew() {
        return input(ids(contactIds), ids(companyIds), null);
    }

    /** A new task from a record's page, linked to that record (a contact or a company). */
    TaskInput toNewFor(String recordType, UUID recordId) {
        List<UUID> record = List.of(recordId);
        return input(
                ActivityLink.CONTACT.equals(recordType) ? record : List.of(),
                ActivityLink.COMPANY.equals(recordType) ? record : List.of(),
                null);
    }

    /**
     * A change to every field the edit form shows: its links in place of the task's (none checked removes them),
     * done or not by the check box.
     */
    TaskInput toChange() {
        return input(ids(contactIds), ids(companyIds), Boolean.TRUE.equals(done));
    }

    private TaskInput input(List<UUID> contacts, List<UUID> companies, Boolean doneNow) {
        return new TaskInput(
                title,
                null,
                PageTimes.fromInput("dueAt", dueAt),
                priority,
                assigneeId,
                recurrence,
                doneNow,
                contacts,
                companies);
    }

    private static List<UUID> ids(List<UUID> given) {
        return given == null
                ? List.of()
                : given.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** The ids picked, for showing the form again. */
    List<UUID> contacts() {
        return ids(contactIds);
    }

    List<UUID> companies() {
        return ids(companyIds);
    }
}
