package io.rapport.activity;

import io.rapport.identity.UserDirectory;
import io.rapport.mail.Outbox;
import io.rapport.shared.Ids;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reminder does when it falls due, for a task still open: it publishes {@link TaskDue} (the notification
 * module puts it under the assignee's bell; activity does not know notifications) and emails the assignee through
 * the oldest shared mailbox that sends (none connected: no email).
 */
@Component
class TaskReminderSender {

    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final UserDirectory users;
    /** Looked up when needed: the outbox needs the scheduler, which needs this job's task. */
    private final ObjectProvider<Outbox> outbox;

    TaskReminderSender(
            Tasks tasks, ApplicationEventPublisher events, UserDirectory users, ObjectProvider<Outbox> outbox) {
        this.tasks = tasks;
        this.events = events;
        this.users = users;
        this.outbox = outbox;
    }

    @Transactional
    void remind(UUID taskId) {
        tasks.find(taskId).filter(task -> !task.isDone()).ifPresent(task -> {
            events.publishEvent(new TaskDue(Ids.newId(), task.id(), task.assigneeId(), task.title(), task.dueAt()));
            String message = "Due: " + task.title();
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
