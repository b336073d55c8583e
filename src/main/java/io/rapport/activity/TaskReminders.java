package io.rapport.activity;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.stereotype.Component;

/**
 * Keeps each task's reminder in step with it: one at its due time while it is open, none once it is done or
 * deleted. Scheduling joins the caller's transaction (db-scheduler's starter uses Spring's transaction-aware data
 * source), so a task and its reminder are written together or not at all.
 */
@Component
class TaskReminders {

    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> reminder;

    TaskReminders(SchedulerClient scheduler, OneTimeTask<Void> taskReminder) {
        this.scheduler = scheduler;
        this.reminder = taskReminder;
    }

    void follow(Task task) {
        if (task.isDone() || task.dueAt() == null) {
            cancel(task);
        } else {
            scheduler.schedule(
                    reminder.instance(task.id().toString()), task.dueAt(), ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        }
    }

    void cancel(Task task) {
        TaskInstanceId id = reminder.instanceId(task.id().toString());
        if (scheduler.getScheduledExecution(id).isPresent()) {
            scheduler.cancel(id);
        }
    }
}
