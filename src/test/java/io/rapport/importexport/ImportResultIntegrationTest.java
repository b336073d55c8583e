package io.rapport.importexport;

import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.FormSession;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An import's result page leads to the records it created, and only to those. */
@IntegrationTest
class ImportResultIntegrationTest {

    private static final Pattern CREATED_LINK =
            Pattern.compile("id=\"created-records\" href=\"([^\"]+)\"[^>]*>([^<]+)<");

    @LocalServerPort
    int port;

    @Test
    void theResultLinksToTheListOfExactlyTheContactsItCreated() {
        Api api = TestUsers.admin(port);
        String tag = "l" + UUID.randomUUID().toString().substring(0, 8);
        UUID existing = api.createContact(contact("Updated" + tag).email("kept@" + tag + ".example"));
        ImportIntegrationTest.run(
                api,
                "other.csv",
                ("Email,Last Name\nother@" + tag + ".example,Other" + tag + "\n").getBytes(StandardCharsets.UTF_8),
                "");
        String csv = "Email,First Name,Last Name,Company\n"
                + "kept@" + tag + ".example,Now,Updated" + tag + ",\n"
                + "one@" + tag + ".example,Ada,One" + tag + ",Linked " + tag + "\n"
                + "two@" + tag + ".example,Bo,Two" + tag + ",\n";
        JsonNode done = ImportIntegrationTest.run(
                api, "people.csv", csv.getBytes(StandardCharsets.UTF_8), "&duplicatePolicy=update");
        assertThat(done.get("created").asLong()).isEqualTo(2);
        assertThat(done.get("updated").asLong()).isEqualTo(1);
        String id = done.get("id").asString();

        FormSession session = FormSession.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        Matcher link = CREATED_LINK.matcher(session.get("/imports/" + id).body());
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo("/contacts?importId=" + id);
        assertThat(link.group(2)).isEqualTo("Show the 2 records this import created (Contacts)");
        String list = session.get(link.group(1)).body();
        assertThat(list).contains("One" + tag, "Two" + tag).doesNotContain("Updated" + tag, "Other" + tag);

        assertThat(ids(api.get("/api/v1/contacts?importId=" + id).expect(200).json()))
                .containsExactlyInAnyOrder(
                        idWithEmail(api, "one@" + tag + ".example"), idWithEmail(api, "two@" + tag + ".example"))
                .doesNotContain(existing.toString());
        // The company a row named was created by the import too, and is in its companies' list.
        JsonNode companies =
                api.get("/api/v1/companies?importId=" + id).expect(200).json().get("items");
        assertThat(companies).hasSize(1);
        assertThat(companies.get(0).get("name").asString()).isEqualTo("Linked " + tag);
    }

    @Test
    void anImportIdThatIsNoIdIsRefusedNamingTheParameter() {
        Api api = TestUsers.admin(port);

        assertThat(api.get("/api/v1/contacts?importId=nope").expectProblem(400).body())
                .contains("importId");
    }

    @Test
    void anUndoneImportNoLongerLinksToItsRecords() {
        Api api = TestUsers.admin(port);
        String tag = "n" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode done = ImportIntegrationTest.run(
                api,
                "undone.csv",
                ("Email,Last Name\ngone@" + tag + ".example,Gone" + tag + "\n").getBytes(StandardCharsets.UTF_8),
                "");
        String id = done.get("id").asString();
        api.post("/api/v1/imports/" + id + "/undo", "").expect(200);
        ImportIntegrationTest.waitFor(api, id, List.of("undone"));

        FormSession session = FormSession.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> page = session.get("/imports/" + id);

        assertThat(page.body()).doesNotContain("created-records");
    }

    private static String idWithEmail(Api api, String email) {
        return api.get("/api/v1/contacts?email=" + email)
                .expect(200)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
