package io.rapport.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import io.rapport.support.TestUsers.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Task reminders reach the assignee's notifications through the notification module, and are read there. */
@IntegrationTest
class NotificationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    private final String tag = "n" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aReminderFiresAtTheDueTimeAsANotificationButNotForATaskDoneBefore() {
        TestUser sales = TestUsers.create(port, "SALES", null);
        Instant soon = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        UUID contact = sales.api().createContact("{\"lastName\":\"Remind " + tag + "\"}");
        UUID task = sales.api()
                .post(
                        "/api/v1/tasks",
                        "{\"title\":\"Call back " + tag + "\",\"dueAt\":\"" + soon
                                + "\",\"priority\":\"high\",\"contactIds\":[\"" + contact + "\"]}")
                .expect(201)
                .id();
        UUID doneEarly = sales.api()
                .post("/api/v1/tasks", "{\"title\":\"Done early " + tag + "\",\"dueAt\":\"" + soon + "\"}")
                .expect(201)
                .id();
        sales.api().patch("/api/v1/tasks/" + doneEarly, "{\"done\":true}").expect(200);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> !messages(sales.api()).isEmpty());
        // One more polling round of the scheduler and then some: the task done early must not remind either.
        await().during(Duration.ofSeconds(6))
                .atMost(Duration.ofSeconds(20))
                .until(() -> !messages(sales.api()).contains("Due: Done early " + tag));

        JsonNode page = sales.api().get("/api/v1/notifications").expect(200).json();
        assertThat(messages(sales.api())).containsExactly("Due: Call back " + tag);
        assertThat(page.get("items").get(0).get("taskId").asString()).isEqualTo(task.toString());
        assertThat(page.get("items").get(0).get("readAt").isNull()).isTrue();
        assertThat(page.get("unread").asInt()).isEqualTo(1);
        // Stored as a message key and its arguments, not as English.
        Map<String, Object> row = jdbc.sql("select kind, message_key, message_args::text as args, link, subject_type"
                        + " from notification where user_id = :user")
                .param("user", sales.id())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("kind", "task-due")
                .containsEntry("message_key", "notification.taskDue")
                .containsEntry("args", "{\"Call back " + tag + "\"}")
                .containsEntry("link", "/tasks")
                .containsEntry("subject_type", "task");
    }

    @Test
    void aNotificationWrittenTwiceWithOneIdIsWrittenOnce() {
        TestUser user = TestUsers.create(port, "SUPPORT", null);
        Notice notice = Notice.of(user.id(), "task-due", "notification.taskDue", List.of("Twice " + tag), "/tasks");

        notifications.notify(notice);
        notifications.notify(notice);

        assertThat(messages(user.api())).containsExactly("Due: Twice " + tag);
        JsonNode page = user.api().get("/api/v1/notifications").json();
        assertThat(page.get("unread").asInt()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("taskId").isNull()).isTrue();
    }

    private static List<String> messages(Api api) {
        List<String> messages = new ArrayList<>();
        api.get("/api/v1/notifications")
                .expect(200)
                .json()
                .get("items")
                .forEach(item -> messages.add(item.get("message").asString()));
        return messages;
    }
}
