/**
 * What the app tells a user, under the bell in the navigation bar and at {@code /api/v1/notifications}: a task
 * fell due today; tickets, rules and campaigns later. Other modules call {@link io.rapport.notification.Notifications}
 * or publish an event this module listens to ({@link io.rapport.activity.TaskDue}). A notification keeps a message
 * key and its arguments, never text in one language: it is written in the reader's language when shown.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "activity"})
package io.rapport.notification;

import org.springframework.modulith.ApplicationModule;
