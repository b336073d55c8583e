package io.rapport.company;

import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CompanyMergeIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void mergingMovesContactsAndSubsidiariesToTheSurvivorAndUndoingMovesThemBack() {
        Api api = TestUsers.admin(port);
        String tag = "m" + UUID.randomUUID().toString().substring(0, 8);
        UUID survivor = api.createCompany(
                company("Acme " + tag).website("acme-" + tag + ".example").tags("key"));
        UUID merged = api.createCompany(company("ACME " + tag + " Ltd")
                .city("Bergen")
                .industry("Retail")
                .tags("retail", "KEY"));
        UUID subsidiary = api.createCompany(company("Acme " + tag + " North").parentId(merged));
        UUID contact = api.createContact(contact("Worker " + tag).companyId(merged));

        String note = api.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"company\",\"label\":\"Merge note " + tag + "\",\"type\":\"text\"}")
                .expect(201)
                .json()
                .get("key")
                .asString();
        api.patch("/api/v1/companies/" + merged, "{\"customFields\":{\"" + note + "\":\"from the merged\"}}")
                .expect(200);

        JsonNode done = api.post(
                        "/api/v1/companies/merge",
                        "{\"survivorId\":\"" + survivor + "\",\"mergedIds\":[\"" + merged
                                + "\"],\"fields\":{\"name\":\"" + survivor + "\",\"industry\":\"" + merged + "\"}}")
                .expect(200)
                .json();
        assertThat(done.get("survivor").get("customFields").get(note).asString())
                .isEqualTo("from the merged");
        JsonNode after = done.get("survivor");
        assertThat(after.get("name").asString()).isEqualTo("Acme " + tag);
        assertThat(after.get("domain").asString()).isEqualTo("acme-" + tag + ".example");
        assertThat(after.get("city").asString()).isEqualTo("Bergen");
        assertThat(after.get("industry").asString()).isEqualTo("Retail");
        assertThat(after.get("tags").toString()).isEqualTo("[\"key\",\"retail\"]");
        JsonNode gone = api.get("/api/v1/companies/" + merged).expect(200).json();
        assertThat(gone.get("deletedAt").isNull()).isFalse();
        assertThat(gone.get("mergedIntoId").asString()).isEqualTo(survivor.toString());
        assertThat(parentOf(api, subsidiary)).isEqualTo(survivor.toString());
        JsonNode worker = api.get("/api/v1/contacts/" + contact).expect(200).json();
        assertThat(worker.get("companyId").asString()).isEqualTo(survivor.toString());
        assertThat(api.get("/api/v1/contacts?q=Acme%20" + tag)
                        .expect(200)
                        .json()
                        .get("items")
                        .toString())
                .contains(contact.toString());
        assertThat(api.get("/api/v1/history/company/" + survivor).expect(200).body())
                .contains("MERGED");

        String mergeId = done.get("mergeId").asString();
        api.post("/api/v1/companies/merges/" + mergeId + "/undo", "").expect(200);
        JsonNode undone = api.get("/api/v1/companies/" + survivor).expect(200).json();
        assertThat(undone.get("city").isNull()).isTrue();
        assertThat(undone.get("tags").toString()).isEqualTo("[\"key\"]");
        assertThat(api.get("/api/v1/companies/" + merged)
                        .expect(200)
                        .json()
                        .get("deletedAt")
                        .isNull())
                .isTrue();
        assertThat(parentOf(api, subsidiary)).isEqualTo(merged.toString());
        assertThat(api.get("/api/v1/contacts/" + contact)
                        .expect(200)
                        .json()
                        .get("companyId")
                        .asString())
                .isEqualTo(merged.toString());
        assertThat(api.post("/api/v1/companies/merges/" + mergeId + "/undo", "")
                        .expectProblem(400)
                        .body())
                .contains("undone already");
    }

    @Test
    void aMergeThatMakesNoSenseIsRefusedNamingTheField() {
        Api api = TestUsers.admin(port);
        UUID one = api.createCompany(company("Solo " + UUID.randomUUID()));
        UUID trashed = api.createCompany(company("Trashed " + UUID.randomUUID()));
        api.delete("/api/v1/companies/" + trashed).expect(204);

        assertThat(api.post(
                                "/api/v1/companies/merge",
                                "{\"survivorId\":\"" + one + "\",\"mergedIds\":[\"" + one + "\"]}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("mergedIds");
        assertThat(api.post(
                                "/api/v1/companies/merge",
                                "{\"survivorId\":\"" + one + "\",\"mergedIds\":[\"" + trashed + "\"]}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("mergedIds");
        api.post(
                        "/api/v1/companies/merge",
                        "{\"survivorId\":\"" + one + "\",\"mergedIds\":[\"" + UUID.randomUUID() + "\"]}")
                .expectProblem(404);
        UUID other = api.createCompany(company("Other " + UUID.randomUUID()));
        assertThat(api.post(
                                "/api/v1/companies/merge",
                                "{\"survivorId\":\"" + one + "\",\"mergedIds\":[\"" + other
                                        + "\"],\"fields\":{\"custom.nothing\":\"" + other + "\"}}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("fields.custom.nothing");
        assertThat(api.get("/api/v1/companies/" + one)
                        .expect(200)
                        .json()
                        .get("deletedAt")
                        .isNull())
                .isTrue();
    }

    private static String parentOf(Api api, UUID company) {
        return api.get("/api/v1/companies/" + company)
                .expect(200)
                .json()
                .get("parentId")
                .asString();
    }
}
