package io.rapport.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ExportIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aListIsExportedInTheBackgroundWithItsFiltersForItsOwnerOnly() {
        Api api = TestUsers.admin(port);
        String tag = "x" + UUID.randomUUID().toString().substring(0, 8);
        api.createContact("{\"lastName\":\"Exported " + tag + "\",\"email\":\"e-" + tag + "@example.com\",\"tags\":[\""
                + tag + "\"]}");
        api.createContact("{\"lastName\":\"=HYPERLINK " + tag + "\",\"tags\":[\"" + tag + "\"]}");
        api.createContact("{\"lastName\":\"Left out " + tag + "\"}");

        Api.Response started = api.post("/api/v1/exports?recordType=contact&format=csv&tag=" + tag, "")
                .expect(202);
        String id = started.json().get("id").asString();
        assertThat(started.location()).endsWith("/api/v1/exports/" + id);
        JsonNode done = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> api.get("/api/v1/exports/" + id).expect(200).json(),
                        job -> !job.get("status").asString().matches("queued|running"));
        assertThat(done.get("status").asString()).isEqualTo("done");
        assertThat(done.get("rows").asLong()).isEqualTo(2);

        String csv = new String(api.getBytes(done.get("file").asString()), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,firstName,lastName,email");
        assertThat(csv)
                .contains("Exported " + tag)
                .contains("'=HYPERLINK " + tag)
                .doesNotContain("Left out");

        Api other = TestUsers.create(port, "READ_ONLY", null).api();
        other.get("/api/v1/exports/" + id).expectProblem(404);
        other.get("/api/v1/exports/" + id + "/file").expectProblem(404);
        // Exporting writes no record: a read-only user exports (what they may see) too.
        other.post("/api/v1/exports?recordType=contact&tag=" + tag, "").expect(202);
    }

    @Test
    void cellsThatWouldRunAsFormulasInACommaOrSemicolonLocaleAreExportedInert() {
        Api api = TestUsers.admin(port);
        String tag = "f" + UUID.randomUUID().toString().substring(0, 8);
        api.createContact("{\"lastName\":\"Formula " + tag + "\",\"jobTitle\":\";=4+4\",\"city\":\"Oslo,=1+1\","
                + "\"tags\":[\"" + tag + "\"]}");
        String csv = new String(api.getBytes("/api/v1/contacts/export?tag=" + tag), StandardCharsets.UTF_8);
        assertThat(csv).contains(",\"';=4+4\",").contains("\"'Oslo,=1+1\"").doesNotContain(",;=4+4");
    }

    @Test
    void companiesExportToo() {
        Api api = TestUsers.admin(port);
        String tag = "y" + UUID.randomUUID().toString().substring(0, 8);
        api.createCompany("{\"name\":\"Exported " + tag + " AS\",\"website\":\"https://" + tag
                + ".example\",\"tags\":[\"" + tag + "\"]}");
        String csv = new String(api.getBytes("/api/v1/companies/export?tag=" + tag), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList())
                .hasSize(2)
                .last()
                .asString()
                .contains("Exported " + tag + " AS", tag + ".example");

        // The list's columns, as its export links carry them, or a saved view's.
        String chosen = new String(
                api.getBytes("/api/v1/companies/export?tag=" + tag + "&cols=industry&cols=owner"),
                StandardCharsets.UTF_8);
        assertThat(chosen.lines().findFirst().orElseThrow()).isEqualTo("id,name,industry,ownerId");
        String view = api.post(
                        "/api/v1/views",
                        "{\"name\":\"Export " + tag + "\",\"recordType\":\"company\",\"columns\":[\"domain\"],"
                                + "\"filter\":{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"" + tag + "\"}}")
                .expect(201)
                .json()
                .get("id")
                .asString();
        String viewed = new String(api.getBytes("/api/v1/companies/export?view=" + view), StandardCharsets.UTF_8);
        assertThat(viewed.lines().toList())
                .containsExactly(
                        "id,name,website,domain", viewed.lines().toList().get(1));
        assertThat(viewed.lines().toList().get(1)).contains("Exported " + tag + " AS");
    }

    @Test
    void anExportThatCannotRunIsRefusedAtOnce() {
        Api api = TestUsers.admin(port);
        assertThat(api.post("/api/v1/exports?recordType=contact&format=pdf", "")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("format");
        assertThat(api.post("/api/v1/exports?recordType=deal", "")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("recordType");
        assertThat(api.post("/api/v1/exports?recordType=contact&companyId=nope", "")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("companyId");
        api.post("/api/v1/exports?recordType=company&filter=%7B%22and%22", "").expectProblem(400);
    }
}
