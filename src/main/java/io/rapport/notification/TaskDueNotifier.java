package io.rapport.notification;

import io.rapport.activity.TaskDue;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A task's reminder fell due: a notification for its assignee, leading to their tasks. Asynchronous, after the
 * reminder job's transaction: the event publication registry keeps {@link TaskDue} until this has succeeded, and a
 * second delivery writes nothing (the notification's id is the event's).
 */
@Component
class TaskDueNotifier {

    static final String KIND = "task-due";
    static final String MESSAGE = "notification.taskDue";

    private final Notifications notifications;

    TaskDueNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(TaskDue due) {
        notifications.notify(Notice.of(due.assigneeId(), KIND, MESSAGE, List.of(due.title()), "/tasks")
                .about("task", due.taskId())
                .withId(due.id()));
    }
}
