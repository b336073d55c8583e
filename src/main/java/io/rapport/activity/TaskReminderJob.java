package io.rapport.activity;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminder job: a db-scheduler one-time task per task with a due time, its instance id the task's id. It
 * lives in the database, so a reminder survives restarts and fires once across nodes; when it runs it tells the
 * assignee in the app, unless the task was done or deleted meanwhile.
 */
@Configuration
class TaskReminderJob {

    static final String NAME = "task-reminder";

    @Bean
    OneTimeTask<Void> taskReminder(TaskReminderSender sender) {
        return Tasks.oneTime(NAME).execute((instance, context) -> sender.remind(UUID.fromString(instance.getId())));
    }
}
