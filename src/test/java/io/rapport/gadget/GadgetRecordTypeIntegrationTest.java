package io.rapport.gadget;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.shared.record.TimelineDates;
import io.rapport.support.Api;
import io.rapport.support.FormSession;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import io.rapport.support.TestUsers.TestUser;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A record type that only its own module declares (the test module {@code gadget}) takes part in every shared
 * part that reads the registered types, though none of them names it.
 */
@IntegrationTest
class GadgetRecordTypeIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    GadgetTable gadgets;

    @Autowired
    TimelineDates timelineDates;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRecordTypeDeclaredByItsModuleAloneIsServedByTheSharedParts() {
        Api admin = TestUsers.admin(port);
        UUID adminId = null;
        for (var user : admin.get("/api/v1/users").expect(200).json().get("items")) {
            if (user.get("email").asString().equals(TestUsers.ADMIN_EMAIL)) {
                adminId = UUID.fromString(user.get("id").asString());
            }
        }
        String name = "Sprocket " + UUID.randomUUID().toString().substring(0, 8);
        UUID gadget = gadgets.insert(name, adminId);
        FormSession adminPages = FormSession.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        // Visibility administration lists it, and a rule for it takes effect.
        assertThat(adminPages.get("/admin/visibility").body()).contains("name=\"rule.gadget.SALES\"");
        adminPages.post("/admin/visibility", "rule.gadget.SALES=OWN");
        TestUser sales = TestUsers.create(port, "SALES", null);
        FormSession salesPages = FormSession.signIn(port, sales.email(), TestUsers.PASSWORD);

        // Custom fields may be defined on it; an unknown type is refused, naming the known ones.
        admin.post("/api/v1/custom-fields", "{\"recordType\":\"gadget\",\"label\":\"Colour\",\"type\":\"text\"}")
                .expect(201);
        assertThat(admin.get("/api/v1/custom-fields?recordType=gadget")
                        .expect(200)
                        .body())
                .contains("\"label\":\"Colour\"");
        assertThat(admin.post("/api/v1/custom-fields", "{\"recordType\":\"widget\",\"label\":\"X\",\"type\":\"text\"}")
                        .expectProblem(400)
                        .body())
                .contains("gadget");

        // Saved views, through the API and through its list's path.
        admin.post("/api/v1/views", "{\"recordType\":\"gadget\",\"name\":\"All gadgets\"}")
                .expect(201);
        adminPages.get("/admin/visibility");
        assertThat(adminPages.post("/views/gadgets", "name=Mine").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/gadgets?view="));
        assertThat(adminPages.post("/views/widgets", "name=Mine").statusCode()).isEqualTo(404);

        // Its timeline, for whoever may see the gadget; a 404 for a user who may not.
        assertThat(adminPages.get("/timeline/gadget/" + gadget).statusCode()).isEqualTo(200);
        assertThat(salesPages.get("/timeline/gadget/" + gadget).statusCode()).isEqualTo(404);
        Instant contacted = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        timelineDates.touch("gadget", List.of(gadget), contacted);
        assertThat(jdbc.sql("select last_contacted_at from gadget where id = ?")
                        .param(gadget)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(contacted);

        // The global search finds it, under its own heading and link, for those who may see it.
        assertThat(adminPages.get("/search?q=" + name.replace(' ', '+')).body())
                .contains(name)
                .contains("/gadgets/" + gadget);
        assertThat(salesPages.get("/search?q=" + name.replace(' ', '+')).body()).doesNotContain("/gadgets/" + gadget);
    }
}
