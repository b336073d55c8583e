package io.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.RapportApplication;
import io.rapport.support.Api;
import io.rapport.support.TestUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The demo data on an empty database of its own (a new data directory, so a new embedded PostgreSQL), with three
 * users; what it made is read back through the API, as a newcomer would see it.
 */
class DemoDataIntegrationTest {

    @Test
    void fillsAnEmptyDatabaseThroughTheModules() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "demo-");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RapportApplication.class)
                .run(
                        "--rapport.data-dir=" + dataDir,
                        "--rapport.admin.email=" + TestUsers.ADMIN_EMAIL,
                        "--rapport.admin.password=" + TestUsers.ADMIN_PASSWORD,
                        "--server.port=0",
                        "--server.shutdown=immediate")) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            Api admin = TestUsers.admin(port);
            UUID adminId = null;
            for (JsonNode user : admin.get("/api/v1/users").expect(200).json().get("items")) {
                adminId = UUID.fromString(user.get("id").asString());
            }
            List<UUID> users = List.of(
                    adminId,
                    TestUsers.create(port, "SALES", null).id(),
                    TestUsers.create(port, "MANAGER", null).id());
            DemoData demo = app.getBean(DemoData.class);

            assertThat(demo.fill()).isTrue();

            List<JsonNode> companies = all(admin, "/api/v1/companies?limit=200");
            List<JsonNode> contacts = all(admin, "/api/v1/contacts?limit=200");
            assertThat(companies).hasSize(DemoData.COMPANIES);
            assertThat(contacts).hasSize(DemoData.CONTACTS);
            Instant now = Instant.now();
            assertThat(contacts.stream()
                            .filter(contact -> !contact.get("companyId").isNull()))
                    .as("most contacts work at a demo company")
                    .hasSizeBetween(2000, 2800);
            assertThat(companies.stream()
                            .filter(company -> !company.get("parentId").isNull()))
                    .as("some companies are subsidiaries")
                    .isNotEmpty();
            assertThat(contacts.stream().map(contact -> instant(contact, "createdAt")))
                    .as("contacts came in over the last two years")
                    .allMatch(created -> created.isBefore(now))
                    .anyMatch(created -> created.isBefore(now.minus(365, ChronoUnit.DAYS)));
            assertThat(contacts.stream().map(contact -> owner(contact)).distinct())
                    .containsExactlyInAnyOrderElementsOf(users);

            List<Instant> lastContacted = contacts.stream()
                    .filter(contact -> !contact.get("lastContactedAt").isNull())
                    .map(contact -> instant(contact, "lastContactedAt"))
                    .toList();
            assertThat(lastContacted)
                    .hasSizeGreaterThan(2000)
                    .allMatch(at -> at.isBefore(now) && at.isAfter(now.minus(181, ChronoUnit.DAYS)));
            assertThat(companies.stream()
                            .filter(company -> !company.get("lastContactedAt").isNull()))
                    .hasSizeGreaterThan(250);
            List<Instant> nextActivities = contacts.stream()
                    .filter(contact -> !contact.get("nextActivityAt").isNull())
                    .map(contact -> instant(contact, "nextActivityAt"))
                    .toList();
            assertThat(nextActivities)
                    .as("meetings ahead and open tasks due later")
                    .hasSizeGreaterThan(20)
                    .allMatch(at -> at.isAfter(now));
            assertThat(companies.stream()
                            .filter(company -> !company.get("nextActivityAt").isNull()))
                    .isNotEmpty();

            Set<String> channels = new HashSet<>();
            boolean meetingAhead = false;
            for (JsonNode company : companies.subList(0, 30)) {
                for (JsonNode activity : admin.get("/api/v1/activities?limit=200&companyId="
                                + company.get("id").asString())
                        .expect(200)
                        .json()
                        .get("items")) {
                    channels.add(activity.get("channel").asString());
                    Instant at = instant(activity, "occurredAt");
                    assertThat(at).isAfter(now.minus(181, ChronoUnit.DAYS));
                    meetingAhead |= at.isAfter(now);
                }
            }
            assertThat(channels)
                    .as("company timelines hold their contacts' activities, of every channel")
                    .containsExactlyInAnyOrder("email", "call", "meeting", "in_person", "social", "sms", "note");
            JsonNode soonest = admin.get("/api/v1/contacts?limit=1&sort=nextActivityAt")
                    .expect(200)
                    .json()
                    .get("items")
                    .get(0);
            assertThat(instant(soonest, "nextActivityAt")).isAfter(now);
            assertThat(meetingAhead
                            || !admin.get("/api/v1/calendar?from=" + now + "&to=" + now.plus(15, ChronoUnit.DAYS))
                                    .expect(200)
                                    .json()
                                    .get("items")
                                    .isEmpty())
                    .as("some meetings lie ahead")
                    .isTrue();

            for (UUID user : users) {
                List<JsonNode> tasks = new ArrayList<>();
                admin.get("/api/v1/tasks?assigneeId=" + user)
                        .expect(200)
                        .json()
                        .get("items")
                        .forEach(tasks::add);
                assertThat(tasks).as("every user has tasks").hasSize(8);
                assertThat(tasks.stream().filter(task -> instant(task, "dueAt").isBefore(now)))
                        .as("overdue")
                        .hasSize(2);
                assertThat(tasks).allMatch(task -> task.get("contactIds").size() == 1);
            }

            String lastName = contacts.get(0).get("lastName").asString();
            UUID first = UUID.fromString(contacts.get(0).get("id").asString());
            assertThat(searchFinds(admin, lastName, first))
                    .as("the demo contacts are in the search index")
                    .isTrue();

            assertThat(demo.fill()).as("a database with contacts is left alone").isFalse();
        }
    }

    /** Every item of a list, page by page. */
    private static List<JsonNode> all(Api api, String path) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get(path + (cursor == null ? "" : "&cursor=" + cursor))
                    .expect(200)
                    .json();
            page.get("items").forEach(items::add);
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
        } while (cursor != null);
        return items;
    }

    /** Indexing runs after the commit, on a thread of its own: waits for it a while. */
    private static boolean searchFinds(Api api, String q, UUID id) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> found(api, q, id));
        return true;
    }

    private static boolean found(Api api, String q, UUID id) {
        for (JsonNode item : api.get("/api/v1/contacts?limit=200&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .expect(200)
                .json()
                .get("items")) {
            if (item.get("id").asString().equals(id.toString())) {
                return true;
            }
        }
        return false;
    }

    private static Instant instant(JsonNode node, String field) {
        return Instant.parse(node.get(field).asString());
    }

    private static UUID owner(JsonNode record) {
        return UUID.fromString(record.get("ownerId").asString());
    }
}
