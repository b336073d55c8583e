package io.rapport.identity;

import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import io.rapport.support.TestUsers.TestUser;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuthorizationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Visibility visibility;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readOnlyUsersReadButCannotWrite() {
        UUID id = TestUsers.admin(port).createContact(contact("Readable"));
        TestUser reader = TestUsers.create(port, "READ_ONLY", null);

        reader.api().get("/api/v1/contacts/" + id).expect(200);
        reader.api().post("/api/v1/contacts", contact("Nope").json()).expectProblem(403);
        reader.api().patch("/api/v1/contacts/" + id, "{\"lastName\":\"Nope\"}").expectProblem(403);
        reader.api().delete("/api/v1/contacts/" + id).expectProblem(403);
        assertThat(TestUsers.admin(port)
                        .get("/api/v1/contacts/" + id)
                        .json()
                        .get("deletedAt")
                        .isNull())
                .isTrue();
    }

    @Test
    void onlyAdminsManageUsersAndTeams() {
        TestUser sales = TestUsers.create(port, "SALES", null);
        sales.api().get("/api/v1/users").expectProblem(403);
        sales.api().post("/api/v1/teams", "{\"name\":\"Mine\"}").expectProblem(403);
        TestUsers.admin(port).get("/api/v1/users").expect(200);
    }

    @Test
    void healthIsPublicAndMetricsNeedAnAdministratorsToken() {
        Api.Response readiness =
                Api.anonymous(port).get("/actuator/health/readiness").expect(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        Api.Response metrics = TestUsers.admin(port).get("/actuator/prometheus").expect(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        TestUsers.create(port, "MANAGER", null)
                .api()
                .get("/actuator/prometheus")
                .expectProblem(403);
        Api.anonymous(port).get("/actuator/prometheus").expectProblem(401);
    }

    @Test
    void disabledUsersTokensStopWorking() {
        TestUser sales = TestUsers.create(port, "SALES", null);
        sales.api().get("/api/v1/contacts").expect(200);
        TestUsers.admin(port).delete("/api/v1/users/" + sales.id()).expect(204);
        sales.api().get("/api/v1/contacts").expectProblem(401);
    }

    /** Another node revokes by writing the database; nothing reaches this JVM, and nothing here remembers. */
    @Test
    void aTokenRevokedOnAnotherNodeIsRefusedAtItsNextRequest() {
        TestUser sales = TestUsers.create(port, "SALES", null);
        sales.api().get("/api/v1/contacts").expect(200);

        jdbc.sql("update api_token set revoked_at = now() where user_id = :id")
                .param("id", sales.id())
                .update();

        sales.api().get("/api/v1/contacts").expectProblem(401);
    }

    @Test
    void aRoleChangedOnAnotherNodeAppliesToTheNextTokenRequest() {
        TestUser sales = TestUsers.create(port, "SALES", null);
        sales.api().post("/api/v1/contacts", "{\"lastName\":\"Allowed\"}").expect(201);

        jdbc.sql("update app_user set role = 'READ_ONLY' where id = :id")
                .param("id", sales.id())
                .update();

        sales.api().post("/api/v1/contacts", "{\"lastName\":\"Refused\"}").expectProblem(403);
        sales.api().get("/api/v1/contacts").expect(200);
    }

    /** Another node changes a rule by writing the database: this node applies it once its copy is stale. */
    @Test
    void aVisibilityRuleChangedOnAnotherNodeAppliesWithinSeconds() {
        TestUser owner = TestUsers.create(port, "SUPPORT", null);
        TestUser other = TestUsers.create(port, "SUPPORT", null);
        UUID contact = owner.api().createContact("{\"lastName\":\"Owned\"}");
        other.api().get("/api/v1/contacts/" + contact).expect(200);

        jdbc.sql("insert into visibility_rule (role, record_type, scope) values ('SUPPORT', 'contact', 'OWN')"
                        + " on conflict (role, record_type) do update set scope = excluded.scope")
                .update();
        try {
            await().atMost(Visibility.RULES_FRESH_FOR.plusSeconds(5))
                    .untilAsserted(
                            () -> other.api().get("/api/v1/contacts/" + contact).expectProblem(404));
            owner.api().get("/api/v1/contacts/" + contact).expect(200);
        } finally {
            visibility.change(Role.SUPPORT, "contact", VisibilityScope.ALL);
        }
        other.api().get("/api/v1/contacts/" + contact).expect(200);
    }

    @Test
    void wrongPasswordsAreThrottled() {
        TestUser user = TestUsers.create(port, "SUPPORT", null);
        String wrong = "{\"email\":\"" + user.email() + "\",\"password\":\"wrong-password\",\"name\":\"x\"}";
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            Api.anonymous(port).post("/api/v1/auth/tokens", wrong).expectProblem(401);
        }
        String right =
                "{\"email\":\"" + user.email() + "\",\"password\":\"" + TestUsers.PASSWORD + "\",\"name\":\"x\"}";
        assertThat(Api.anonymous(port)
                        .post("/api/v1/auth/tokens", right)
                        .expectProblem(429)
                        .json()
                        .get("detail")
                        .asString())
                .contains("Too many failed sign-ins");
    }

    @Test
    void recordsOutOfReachAnswer404EverywhereAndStayOutOfListsAndSearch() {
        UUID team = TestUsers.createTeam(port);
        TestUser alice = TestUsers.create(port, "MARKETING", team);
        TestUser bob = TestUsers.create(port, "MARKETING", team);
        TestUser carol = TestUsers.create(port, "MARKETING", null);
        String name = "Hidden" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "k");
        UUID alicesContact = alice.api().createContact(contact(name));

        visibility.change(Role.MARKETING, "contact", VisibilityScope.TEAM);
        try {
            bob.api().get("/api/v1/contacts/" + alicesContact).expect(200);
            carol.api().get("/api/v1/contacts/" + alicesContact).expectProblem(404);
            carol.api()
                    .patch("/api/v1/contacts/" + alicesContact, "{\"lastName\":\"Mine\"}")
                    .expectProblem(404);
            carol.api().delete("/api/v1/contacts/" + alicesContact).expectProblem(404);
            carol.api().get("/api/v1/history/contact/" + alicesContact).expectProblem(404);
            assertThat(carol.api()
                            .get("/api/v1/contacts?q=" + name)
                            .json()
                            .get("items")
                            .size())
                    .isZero();
            assertThat(bob.api()
                            .get("/api/v1/contacts?q=" + name)
                            .json()
                            .get("items")
                            .size())
                    .isEqualTo(1);

            visibility.change(Role.MARKETING, "contact", VisibilityScope.OWN);
            bob.api().get("/api/v1/contacts/" + alicesContact).expectProblem(404);
            alice.api().get("/api/v1/contacts/" + alicesContact).expect(200);
            assertThat(TestUsers.admin(port)
                            .get("/api/v1/contacts/" + alicesContact)
                            .status())
                    .isEqualTo(200);
        } finally {
            visibility.change(Role.MARKETING, "contact", VisibilityScope.ALL);
        }
    }
}
