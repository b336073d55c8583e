package io.rapport.activity;

import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import io.rapport.support.TestUsers.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class TaskIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    SchedulerClient scheduler;

    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aReminderFiresAtTheDueTimeAsANotificationButNotForATaskDoneBefore() {
        TestUser sales = TestUsers.create(port, "SALES", null);
        Instant soon = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        UUID contact = sales.api().createContact(contact("Remind " + tag));
        JsonNode task = sales.api()
                .post(
                        "/api/v1/tasks",
                        "{\"title\":\"Call back " + tag + "\",\"dueAt\":\"" + soon
                                + "\",\"priority\":\"high\",\"contactIds\":[\"" + contact + "\"]}")
                .expect(201)
                .json();
        assertThat(task.get("assigneeId").asString()).isEqualTo(sales.id().toString());
        assertThat(task.get("contactIds").get(0).asString()).isEqualTo(contact.toString());
        UUID doneEarly = sales.api()
                .post("/api/v1/tasks", "{\"title\":\"Done early " + tag + "\",\"dueAt\":\"" + soon + "\"}")
                .expect(201)
                .id();
        sales.api().patch("/api/v1/tasks/" + doneEarly, "{\"done\":true}").expect(200);

        // Both reminders are over once the scheduler holds neither: the one due has run (its notification written),
        // the one of the task done early was cancelled (or, were it not, has run too).
        UUID dueTask = UUID.fromString(task.get("id").asString());
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !messages(sales.api()).isEmpty() && !pending(dueTask) && !pending(doneEarly));
        List<String> messages = messages(sales.api());

        assertThat(messages).contains("Due: Call back " + tag).doesNotContain("Due: Done early " + tag);
        assertThat(sales.api().get("/api/v1/notifications").json().get("unread").asInt())
                .isEqualTo(1);
    }

    @Test
    void doneTasksLeaveTheOpenListAndARecurringOneComesBackAPeriodLater() {
        Api api = TestUsers.admin(port);
        Instant due = Instant.parse("2030-01-15T09:00:00Z");
        UUID weekly = api.post(
                        "/api/v1/tasks",
                        "{\"title\":\"Weekly report " + tag + "\",\"dueAt\":\"" + due + "\",\"recurrence\":\"weekly\"}")
                .expect(201)
                .id();

        JsonNode done = api.patch("/api/v1/tasks/" + weekly, "{\"done\":true}")
                .expect(200)
                .json();
        assertThat(done.get("done").asBoolean()).isTrue();

        List<JsonNode> open = titled(api.get("/api/v1/tasks").json(), "Weekly report " + tag);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("dueAt").asString()).isEqualTo("2030-01-22T09:00:00Z");
        assertThat(titled(api.get("/api/v1/tasks?done=true").json(), "Weekly report " + tag))
                .hasSize(1);

        api.patch("/api/v1/tasks/" + weekly, "{\"done\":false}").expect(200);
        assertThat(titled(api.get("/api/v1/tasks").json(), "Weekly report " + tag))
                .hasSize(2);
        api.delete("/api/v1/tasks/" + weekly).expect(204);
        api.get("/api/v1/tasks/" + weekly).expectProblem(404);
    }

    @Test
    void badTasksAreRefusedWithTheFieldNamedAndOthersTasksAreNotFound() {
        Api api = TestUsers.admin(port);
        assertThat(fields(api, "{\"title\":\" \"}")).containsExactly("title");
        assertThat(fields(api, "{\"title\":\"x\",\"priority\":\"urgent\"}")).containsExactly("priority");
        assertThat(fields(api, "{\"title\":\"x\",\"recurrence\":\"weekly\"}")).containsExactly("dueAt");
        assertThat(fields(api, "{\"title\":\"x\",\"assigneeId\":\"" + UUID.randomUUID() + "\"}"))
                .containsExactly("assigneeId");
        assertThat(fields(api, "{\"title\":\"x\",\"contactIds\":[\"" + UUID.randomUUID() + "\"]}"))
                .containsExactly("contactIds");
        api.post("/api/v1/tasks", "{\"title\":\"x\",\"colour\":\"red\"}").expectProblem(400);

        TestUser alice = TestUsers.create(port, "SALES", null);
        TestUser bob = TestUsers.create(port, "SALES", null);
        UUID alicesTask = alice.api()
                .post("/api/v1/tasks", "{\"title\":\"Private " + tag + "\"}")
                .expect(201)
                .id();
        bob.api().get("/api/v1/tasks/" + alicesTask).expectProblem(404);
        bob.api().patch("/api/v1/tasks/" + alicesTask, "{\"done\":true}").expectProblem(404);
        assertThat(bob.api()
                        .get("/api/v1/tasks?assigneeId=" + alice.id())
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("assigneeId");
        assertThat(titled(api.get("/api/v1/tasks?assigneeId=" + alice.id()).json(), "Private " + tag))
                .hasSize(1);
    }

    private static List<String> messages(Api api) {
        List<String> messages = new ArrayList<>();
        api.get("/api/v1/notifications")
                .json()
                .get("items")
                .forEach(item -> messages.add(item.get("message").asString()));
        return messages;
    }

    private boolean pending(UUID task) {
        return scheduler
                .getScheduledExecution(TaskInstanceId.of(TaskReminderJob.NAME, task.toString()))
                .isPresent();
    }

    private static List<JsonNode> titled(JsonNode page, String title) {
        List<JsonNode> found = new ArrayList<>();
        page.get("items").forEach(item -> {
            if (item.get("title").asString().equals(title)) {
                found.add(item);
            }
        });
        return found;
    }

    private static List<String> fields(Api api, String json) {
        return api.post("/api/v1/tasks", json).expectProblem(400).errorFields();
    }
}
