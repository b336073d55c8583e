package io.rapport.activity;

import io.rapport.identity.UserDirectory;
import io.rapport.mail.Outbox;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reminder does when it falls due: a notification for the assignee of a task still open, and an email to
 * them through the oldest shared mailbox that sends (none connected: the notification alone).
 */
@Component
class TaskReminderSender {

    private final Tasks tasks;
    private final Notifications notifications;
    private final UserDirectory users;
    /** Looked up when needed: the outbox needs the scheduler, which needs this job's task. */
    private final ObjectProvider<Outbox> outbox;

    TaskReminderSender(Tasks tasks, Notifications notifications, UserDirectory users, ObjectProvider<Outbox> outbox) {
        this.tasks = tasks;
        this.notifications = notifications;
        this.users = users;
        this.outbox = outbox;
    }

    @Transactional
    void remind(UUID taskId) {
        tasks.find(taskId).filter(task -> !task.isDone()).ifPresent(task -> {
            String message = "Due: " + task.title();
            notifications.add(task.assigneeId(), task.id(), message);
            users.activeUsers().stream()
                    .filter(user -> user.id().equals(task.assigneeId()))
                    .findFirst()
                    .ifPresent(user -> outbox.getObject()
                            .notify(
                                    user.id(),
                                    user.email(),
                                    message,
                                    message
                                            + (task.dueAt() == null ? "" : "\nDue at " + task.dueAt())
                                            + (task.notes() == null ? "" : "\n\n" + task.notes())));
        });
    }
}
