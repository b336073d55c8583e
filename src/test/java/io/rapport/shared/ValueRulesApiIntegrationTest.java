package io.rapport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The value rules of {@code shared.value} as the API applies them: refused values are 400s naming the field. */
@IntegrationTest
class ValueRulesApiIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aWebsiteMustBeHttpOrHttpsAndABareDomainGetsHttps() {
        Api api = TestUsers.admin(port);
        String tag = "w" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/v1/companies", "{\"name\":\"Evil " + tag + "\",\"website\":\"javascript:alert(1)\"}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("website");
        UUID id = api.createCompany("{\"name\":\"Bare " + tag + "\",\"website\":\"" + tag + ".example\"}");
        JsonNode company = api.get("/api/v1/companies/" + id).expect(200).json();
        assertThat(company.get("website").asString()).isEqualTo("https://" + tag + ".example");
        assertThat(company.get("domain").asString()).isEqualTo(tag + ".example");
        api.patch("/api/v1/companies/" + id, "{\"website\":\"data:text/html,<script>alert(1)</script>\"}")
                .expectProblem(400);
    }

    @Test
    void emailsWithMarkupOrADoubleDotAreRefused() {
        Api api = TestUsers.admin(port);
        assertThat(api.post("/api/v1/contacts", "{\"lastName\":\"X\",\"email\":\"\\\"><script>@x.com\"}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("email");
        assertThat(api.post("/api/v1/contacts", "{\"lastName\":\"X\",\"email\":\"a@b..com\"}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("email");
    }

    @Test
    void aDoubledPlusIsRepairedAndAPossibleButUnassignedNumberIsKeptAsTyped() {
        Api api = TestUsers.admin(port);
        String tag = "p" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode repaired = api.get("/api/v1/contacts/"
                        + api.createContact("{\"lastName\":\"Plus " + tag + "\",\"phone\":\"++4792345678\"}"))
                .expect(200)
                .json();
        assertThat(repaired.get("phone").asString()).isEqualTo("+4792345678");
        assertThat(repaired.get("phonesE164").get(0).asString()).isEqualTo("+4792345678");

        JsonNode kept = api.get("/api/v1/contacts/"
                        + api.createContact("{\"lastName\":\"Drama " + tag
                                + "\",\"country\":\"US\",\"phone\":\"+44 7700 900123\"}"))
                .expect(200)
                .json();
        assertThat(kept.get("phone").asString()).isEqualTo("+44 7700 900123");
        assertThat(kept.get("phonesE164").get(0).asString()).isEqualTo("+447700900123");

        JsonNode problem = api.post(
                        "/api/v1/contacts", "{\"lastName\":\"Short\",\"country\":\"US\",\"phone\":\"+44 12\"}")
                .expectProblem(400)
                .json();
        assertThat(problem.toString()).contains("not a valid phone number in GB");
    }

    @Test
    void aCustomFieldLabelWithControlCharactersIsRefused() {
        Api api = TestUsers.admin(port);
        assertThat(api.post(
                                "/api/v1/custom-fields",
                                "{\"recordType\":\"contact\",\"label\":\"Bell\\u0007 \\u001b[31mred\",\"type\":\"text\"}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("label");
    }
}
