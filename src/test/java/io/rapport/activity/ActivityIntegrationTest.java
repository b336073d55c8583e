package io.rapport.activity;

import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.identity.Role;
import io.rapport.identity.Visibility;
import io.rapport.identity.VisibilityChanges;
import io.rapport.identity.VisibilityScope;
import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import io.rapport.support.TestUsers.TestUser;
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
class ActivityIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Visibility visibility;

    private final String tag = "a" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void everyChannelIsLoggedAndAContactsActivitiesAreOnItsCompanysTimelineNewestFirst() {
        Api api = TestUsers.admin(port);
        UUID company = api.createCompany(company("Timeline " + tag));
        UUID contact = api.createContact(contact("Caller " + tag).companyId(company));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        JsonNode call = api.post(
                        "/api/v1/activities",
                        "{\"channel\":\"call\",\"direction\":\"inbound\",\"occurredAt\":\"" + now.minusSeconds(3600)
                                + "\",\"subject\":\"Pricing question\",\"durationSeconds\":420,"
                                + "\"outcome\":\"connected\",\"contactIds\":[\"" + contact + "\"]}")
                .expect(201)
                .json();
        assertThat(call.get("channel").asString()).isEqualTo("call");
        assertThat(call.get("direction").asString()).isEqualTo("inbound");
        assertThat(call.get("durationSeconds").asInt()).isEqualTo(420);
        assertThat(call.get("companyIds").size())
                .as("inherited links are not named")
                .isZero();
        api.post(
                        "/api/v1/activities",
                        "{\"channel\":\"meeting\",\"occurredAt\":\"" + now.minusSeconds(1800) + "\",\"endsAt\":\""
                                + now.minusSeconds(600) + "\",\"attendees\":[\"Ann\",\"Bo\"],\"location\":\"HQ\","
                                + "\"onlineUrl\":\"https://meet.example/x\",\"contactIds\":[\"" + contact + "\"]}")
                .expect(201);
        api.post(
                        "/api/v1/activities",
                        "{\"channel\":\"social\",\"network\":\"LinkedIn\",\"handle\":\"@caller\","
                                + "\"url\":\"https://linkedin.example/p/1\",\"body\":\"Liked our post\","
                                + "\"contactIds\":[\"" + contact + "\"]}")
                .expect(201);
        for (String channel : List.of("email", "in_person", "sms", "note")) {
            api.post(
                            "/api/v1/activities",
                            "{\"channel\":\"" + channel + "\",\"occurredAt\":\"" + now.minusSeconds(7200)
                                    + "\",\"subject\":\"" + channel + "\",\"companyIds\":[\"" + company + "\"]}")
                    .expect(201);
        }

        JsonNode contactTimeline =
                api.get("/api/v1/activities?contactId=" + contact).expect(200).json();
        assertThat(channels(contactTimeline)).containsExactly("social", "meeting", "call");
        JsonNode companyTimeline =
                api.get("/api/v1/activities?companyId=" + company).expect(200).json();
        assertThat(channels(companyTimeline)).hasSize(7).startsWith("social", "meeting", "call");
        assertThat(channels(api.get("/api/v1/activities?companyId=" + company + "&channel=note")
                        .json()))
                .containsExactly("note");

        JsonNode meeting = api.get("/api/v1/activities?contactId=" + contact + "&channel=meeting")
                .expect(200)
                .json()
                .get("items")
                .get(0);
        assertThat(meeting.get("attendees").size()).isEqualTo(2);
        assertThat(meeting.get("location").asString()).isEqualTo("HQ");
        assertThat(meeting.has("direction") && !meeting.get("direction").isNull())
                .isFalse();
    }

    @Test
    void lastContactedFollowsInteractionsButNotNotesOrTheFutureAndGoesBackWhenOneIsDeleted() {
        Api api = TestUsers.admin(port);
        UUID company = api.createCompany(company("Touch " + tag));
        UUID contact = api.createContact(contact("Touched " + tag).companyId(company));
        Instant earlier = Instant.parse("2026-01-10T09:00:00Z");
        Instant later = Instant.parse("2026-02-10T09:00:00Z");

        log(api, "call", earlier, contact);
        UUID latest = log(api, "email", later, contact);
        log(api, "note", Instant.now().minusSeconds(5), contact);
        log(api, "meeting", Instant.now().plus(3, ChronoUnit.DAYS), contact);

        assertThat(lastContacted(api, "contacts", contact)).isEqualTo(later.toString());
        assertThat(lastContacted(api, "companies", company)).isEqualTo(later.toString());
        JsonNode filtered = api.get("/api/v1/contacts?filter="
                        + encode(
                                "{\"and\":[{\"field\":\"lastContactedAt\",\"op\":\"gte\",\"value\":\"2026-02-01T00:00:00Z\"},"
                                        + "{\"field\":\"lastName\",\"op\":\"eq\",\"value\":\"Touched " + tag + "\"}]}"))
                .expect(200)
                .json();
        assertThat(filtered.get("items").size()).isEqualTo(1);

        api.delete("/api/v1/activities/" + latest).expect(204);
        assertThat(lastContacted(api, "contacts", contact)).isEqualTo(earlier.toString());
        assertThat(lastContacted(api, "companies", company)).isEqualTo(earlier.toString());
        api.get("/api/v1/activities/" + latest).expectProblem(404);
    }

    @Test
    void nextActivityIsTheEarliestMeetingOrOpenTaskAheadAndFollowsTheirChanges() {
        Api api = TestUsers.admin(port);
        UUID company = api.createCompany(company("Ahead " + tag));
        UUID contact = api.createContact(contact("Ahead " + tag).companyId(company));
        Instant meetingAt = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant taskDue = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        UUID meeting = log(api, "meeting", meetingAt, contact);
        log(api, "call", Instant.now().minus(1, ChronoUnit.DAYS), contact);
        assertThat(next(api, "contacts", contact)).isEqualTo(meetingAt.toString());
        assertThat(next(api, "companies", company)).isEqualTo(meetingAt.toString());

        UUID task = api.post(
                        "/api/v1/tasks",
                        "{\"title\":\"Send the offer\",\"dueAt\":\"" + taskDue + "\",\"contactIds\":[\"" + contact
                                + "\"]}")
                .expect(201)
                .id();
        assertThat(next(api, "contacts", contact)).isEqualTo(taskDue.toString());
        JsonNode soonest = api.get("/api/v1/contacts?sort=nextActivityAt&filter="
                        + encode("{\"and\":[{\"field\":\"nextActivityAt\",\"op\":\"lte\",\"value\":\""
                                + Instant.now().plus(3, ChronoUnit.DAYS) + "\"},{\"field\":\"lastName\",\"op\":\"eq\","
                                + "\"value\":\"Ahead " + tag + "\"}]}"))
                .expect(200)
                .json();
        assertThat(soonest.get("items").size()).isEqualTo(1);

        api.patch("/api/v1/tasks/" + task, "{\"done\":true}").expect(200);
        assertThat(next(api, "contacts", contact)).isEqualTo(meetingAt.toString());
        api.delete("/api/v1/activities/" + meeting).expect(204);
        assertThat(api.get("/api/v1/contacts/" + contact)
                        .json()
                        .get("nextActivityAt")
                        .isNull())
                .isTrue();
    }

    private static String next(Api api, String records, UUID id) {
        return api.get("/api/v1/" + records + "/" + id)
                .json()
                .get("nextActivityAt")
                .asString();
    }

    @Test
    void activitiesMatchContactsByEmailOrPhone() {
        Api api = TestUsers.admin(port);
        UUID contact = api.createContact(contact("Matched " + tag)
                .email("matched-" + tag + "@example.com")
                .phone("+47 912 34 567")
                .country("NO"));

        JsonNode byEmail = api.post(
                        "/api/v1/activities",
                        "{\"channel\":\"email\",\"direction\":\"inbound\",\"subject\":\"Hi\",\"email\":\"MATCHED-" + tag
                                + "@example.com\"}")
                .expect(201)
                .json();
        JsonNode byPhone = api.post(
                        "/api/v1/activities", "{\"channel\":\"call\",\"phone\":\"+4791234567\",\"durationSeconds\":30}")
                .expect(201)
                .json();

        assertThat(byEmail.get("contactIds").get(0).asString()).isEqualTo(contact.toString());
        assertThat(byPhone.get("contactIds").get(0).asString()).isEqualTo(contact.toString());
        assertThat(api.post("/api/v1/activities", "{\"channel\":\"sms\",\"email\":\"nobody-" + tag + "@example.com\"}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("email");
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() {
        Api api = TestUsers.admin(port);
        UUID contact = api.createContact(contact("Refused " + tag));
        String link = ",\"contactIds\":[\"" + contact + "\"]}";

        assertThat(fields(api, "{\"channel\":\"fax\"" + link)).containsExactly("channel");
        assertThat(fields(api, "{\"channel\":\"note\"}")).containsExactly("contactIds");
        assertThat(fields(api, "{\"channel\":\"note\",\"durationSeconds\":5" + link))
                .containsExactly("durationSeconds");
        assertThat(fields(api, "{\"channel\":\"call\",\"direction\":\"sideways\"" + link))
                .containsExactly("direction");
        assertThat(fields(api, "{\"channel\":\"call\",\"durationSeconds\":-1" + link))
                .containsExactly("durationSeconds");
        assertThat(fields(api, "{\"channel\":\"meeting\",\"onlineUrl\":\"javascript:alert(1)\"" + link))
                .containsExactly("onlineUrl");
        assertThat(fields(
                        api,
                        "{\"channel\":\"meeting\",\"occurredAt\":\"2026-03-01T10:00:00Z\","
                                + "\"endsAt\":\"2026-03-01T09:00:00Z\"" + link))
                .containsExactly("endsAt");
        assertThat(fields(api, "{\"channel\":\"call\",\"contactIds\":[\"" + UUID.randomUUID() + "\"]}"))
                .containsExactly("contactIds");
        assertThat(fields(api, "{\"channel\":\"call\",\"subject\":\"" + "x".repeat(501) + "\"" + link))
                .containsExactly("subject");
        api.post("/api/v1/activities", "{\"channel\":\"call\",\"colour\":\"red\"" + link)
                .expectProblem(400);
        api.get("/api/v1/activities").expectProblem(400);
        api.get("/api/v1/activities?contactId=" + contact + "&limit=10000").expectProblem(400);

        assertThat(channels(api.get("/api/v1/activities?contactId=" + contact).json()))
                .isEmpty();
        assertThat(fields(api, "{\"channel\":\"system\"" + link)).containsExactly("channel");
    }

    @Test
    void scriptInANoteIsRemovedAndFormattingKept() {
        Api api = TestUsers.admin(port);
        UUID contact = api.createContact(contact("Scripted " + tag));

        String body = api.post(
                        "/api/v1/activities",
                        "{\"channel\":\"note\",\"body\":\"<p>Call <b>back</b><script>alert(1)</script>"
                                + "<img src=x onerror=alert(2)><a href=\\\"javascript:alert(3)\\\">x</a></p>\","
                                + "\"contactIds\":[\"" + contact + "\"]}")
                .expect(201)
                .json()
                .get("body")
                .asString();

        assertThat(body).contains("<b>back</b>").doesNotContain("script", "onerror", "javascript", "<img");
    }

    @Test
    void activitiesOfRecordsOutOfReachAreNotFoundAndCannotBeLinked() {
        UUID team = TestUsers.createTeam(port);
        TestUser alice = TestUsers.create(port, "SALES", team);
        TestUser carol = TestUsers.create(port, "SALES", null);
        UUID alicesContact = alice.api().createContact(contact("Private " + tag));
        UUID activity = log(alice.api(), "call", Instant.now().minusSeconds(60), alicesContact);

        VisibilityChanges.change(visibility, Role.SALES, "contact", VisibilityScope.TEAM);
        try {
            carol.api().get("/api/v1/activities/" + activity).expectProblem(404);
            carol.api().get("/api/v1/activities?contactId=" + alicesContact).expectProblem(404);
            carol.api().delete("/api/v1/activities/" + activity).expectProblem(404);
            assertThat(fields(carol.api(), "{\"channel\":\"note\",\"contactIds\":[\"" + alicesContact + "\"]}"))
                    .containsExactly("contactIds");
            alice.api().get("/api/v1/activities/" + activity).expect(200);
        } finally {
            VisibilityChanges.change(visibility, Role.SALES, "contact", VisibilityScope.ALL);
        }
        TestUser reader = TestUsers.create(port, "READ_ONLY", null);
        reader.api()
                .post("/api/v1/activities", "{\"channel\":\"note\",\"contactIds\":[\"" + alicesContact + "\"]}")
                .expectProblem(403);
    }

    @Test
    void aRecordsOwnChangesAppearAsSystemEntries() {
        Api api = TestUsers.admin(port);
        UUID contact = api.createContact(contact("Changing " + tag).lifecycleStage("lead"));
        api.patch("/api/v1/contacts/" + contact, "{\"lifecycleStage\":\"customer\"}")
                .expect(200);
        api.delete("/api/v1/contacts/" + contact).expect(204);

        JsonNode entries = api.get("/api/v1/activities?contactId=" + contact + "&channel=system")
                .expect(200)
                .json()
                .get("items");

        assertThat(entries.size()).isEqualTo(3);
        assertThat(entries.get(0).get("subject").asString()).isEqualTo("Moved to the trash");
        assertThat(entries.get(1).get("subject").asString()).isEqualTo("Changed lifecycleStage");
        assertThat(entries.get(1).get("body").asString())
                .startsWith("lifecycleStage: ")
                .contains("\u2192");
        assertThat(entries.get(2).get("subject").asString()).isEqualTo("Created");
    }

    private static UUID log(Api api, String channel, Instant at, UUID contact) {
        return api.post(
                        "/api/v1/activities",
                        "{\"channel\":\"" + channel + "\",\"occurredAt\":\"" + at + "\",\"contactIds\":[\"" + contact
                                + "\"]}")
                .expect(201)
                .id();
    }

    private static String lastContacted(Api api, String records, UUID id) {
        return api.get("/api/v1/" + records + "/" + id)
                .json()
                .get("lastContactedAt")
                .asString();
    }

    private static List<String> fields(Api api, String json) {
        return api.post("/api/v1/activities", json).expectProblem(400).errorFields();
    }

    /** The channels of a timeline page, leaving out system entries (the records' own changes). */
    private static List<String> channels(JsonNode page) {
        List<String> channels = new ArrayList<>();
        page.get("items").forEach(item -> channels.add(item.get("channel").asString()));
        channels.removeIf("system"::equals);
        return channels;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
