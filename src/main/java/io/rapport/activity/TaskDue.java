package io.rapport.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * A reminder fell due for a task still open (published by the reminder job, in its transaction). The notification
 * module tells the assignee; what else reminds (an email) stays with the task.
 *
 * @param id this reminder's own id, new each time one fires, so a listener that gets it twice can tell
 */
public record TaskDue(UUID id, UUID taskId, UUID assigneeId, String title, Instant dueAt) {}
