package io.rapport.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.activity.TaskDue;
import io.rapport.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The notification module started alone, with only what it declares it needs (shared, identity; activity's
 * {@link TaskDue} is only a type to it): a task falling due, as activity publishes it, becomes a notification for
 * the assignee, once however often the event arrives. Its own database server, in a data directory of its own, so
 * it never meets the shared application's.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "identity"})
@TestPropertySource(
        properties = {
            "rapport.data-dir=target/test-data/notification-module-${random.uuid}",
            "rapport.admin.email=" + TestUsers.ADMIN_EMAIL,
            "rapport.admin.password=" + TestUsers.ADMIN_PASSWORD
        })
class NotificationModuleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationStore store;

    @Test
    void aTaskThatFallsDueBecomesOneNotificationForItsAssignee(Scenario scenario) {
        UUID assignee = jdbc.sql("select id from app_user where email = :email")
                .param("email", TestUsers.ADMIN_EMAIL)
                .query(UUID.class)
                .single();
        TaskDue due = new TaskDue(UUID.randomUUID(), UUID.randomUUID(), assignee, "Call Ada", Instant.now());

        scenario.publish(due)
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> store.latest(assignee, 10), list -> !list.isEmpty())
                .andVerify(list -> {
                    assertThat(list).hasSize(1);
                    Notification notification = list.get(0);
                    assertThat(notification.id()).isEqualTo(due.id());
                    assertThat(notification.messageKey()).isEqualTo(TaskDueNotifier.MESSAGE);
                    assertThat(notification.args()).containsExactly("Call Ada");
                    assertThat(notification.subjectId()).isEqualTo(due.taskId());
                });

        scenario.publish(due)
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from event_publication")
                                .query(Integer.class)
                                .single()
                        == 0)
                .andVerify(done -> assertThat(store.latest(assignee, 10))
                        .extracting(Notification::id)
                        .isEqualTo(List.of(due.id())));
    }
}
