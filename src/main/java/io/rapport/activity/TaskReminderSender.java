package io.rapport.activity;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a reminder does when it falls due: a notification for the assignee of a task still open. */
@Component
class TaskReminderSender {

    private final Tasks tasks;
    private final Notifications notifications;

    TaskReminderSender(Tasks tasks, Notifications notifications) {
        this.tasks = tasks;
        this.notifications = notifications;
    }

    @Transactional
    void remind(UUID taskId) {
        tasks.find(taskId)
                .filter(task -> !task.isDone())
                .ifPresent(task -> notifications.add(task.assigneeId(), task.id(), "Due: " + task.title()));
    }
}
