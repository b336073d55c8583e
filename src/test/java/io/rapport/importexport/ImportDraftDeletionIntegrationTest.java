package io.rapport.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.shared.RapportProperties;
import io.rapport.support.Api;
import io.rapport.support.FormSession;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Abandoned drafts (uploaded, never started) are deleted with their files, by their owner or an administrator. */
@IntegrationTest
class ImportDraftDeletionIntegrationTest {

    private static final byte[] FILE = "Email,Last Name\ndraft@draft.example,Draft\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    RapportProperties properties;

    @Test
    void theOwnerDeletesADraftAndItsUploadedFile() {
        Api api = TestUsers.admin(port);
        String id = draft(api);
        assertThat(uploaded(id)).exists();

        api.delete("/api/v1/imports/" + id).expect(204);

        api.get("/api/v1/imports/" + id).expectProblem(404);
        assertThat(uploaded(id).getParent()).doesNotExist();
    }

    @Test
    void someoneElsesDraftIsNotFoundAndStays() {
        TestUsers.TestUser owner = TestUsers.create(port, "SALES", null);
        TestUsers.TestUser other = TestUsers.create(port, "SALES", null);
        String id = draft(owner.api());

        other.api().delete("/api/v1/imports/" + id).expectProblem(404);

        assertThat(uploaded(id)).exists();
        owner.api().get("/api/v1/imports/" + id).expect(200);
        // An administrator may clear anyone's draft.
        TestUsers.admin(port).delete("/api/v1/imports/" + id).expect(204);
        assertThat(uploaded(id).getParent()).doesNotExist();
    }

    @Test
    void aStartedImportIsNotDeletedButUndone() {
        Api api = TestUsers.admin(port);
        String id =
                ImportIntegrationTest.run(api, "done.csv", FILE, "").get("id").asString();

        assertThat(api.delete("/api/v1/imports/" + id).expectProblem(400).body())
                .contains("only a draft can be deleted");

        assertThat(api.get("/api/v1/imports/" + id)
                        .expect(200)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("done");
    }

    @Test
    void theImportsPageDeletesADraftAndSaysSo() {
        String id = draft(TestUsers.admin(port));
        FormSession session = FormSession.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        assertThat(session.get("/imports").body()).contains("/imports/" + id + "/delete");

        HttpResponse<String> deleted = session.post("/imports/" + id + "/delete", "");

        assertThat(deleted.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/imports"));
        String page = session.get("/imports").body();
        assertThat(page).contains("Draft deleted, with its uploaded file.").doesNotContain("/imports/" + id);
        assertThat(uploaded(id).getParent()).doesNotExist();
    }

    private static String draft(Api api) {
        return api.upload("/api/v1/imports?start=false", "draft.csv", FILE)
                .expect(201)
                .json()
                .get("id")
                .asString();
    }

    private Path uploaded(String id) {
        return properties.dataDir().resolve("imports").resolve(id).resolve("source");
    }
}
