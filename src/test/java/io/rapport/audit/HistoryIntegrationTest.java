package io.rapport.audit;

import static io.rapport.support.TestRecords.company;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class HistoryIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void recordsEveryChangeWithOldAndNewValues() {
        Api api = TestUsers.admin(port);
        UUID id = api.createCompany(company("Audited Ltd").industry("Retail"));
        api.patch("/api/v1/companies/" + id, "{\"industry\":\"Wholesale\"}").expect(200);
        api.delete("/api/v1/companies/" + id).expect(204);
        api.post("/api/v1/companies/" + id + "/restore", null).expect(200);

        JsonNode items =
                api.get("/api/v1/history/company/" + id).expect(200).json().get("items");
        assertThat(items.values())
                .extracting(item -> item.get("action").asString())
                .containsExactly("RESTORED", "DELETED", "UPDATED", "CREATED");
        JsonNode update = items.get(2);
        assertThat(update.get("actorName").asString()).isEqualTo("Administrator");
        assertThat(update.get("changes").size()).isEqualTo(1);
        assertThat(update.get("changes").get(0).get("field").asString()).isEqualTo("industry");
        assertThat(update.get("changes").get(0).get("oldValue").asString()).isEqualTo("Retail");
        assertThat(update.get("changes").get(0).get("newValue").asString()).isEqualTo("Wholesale");
    }

    @Test
    void aFailedWriteLeavesNoHistory() {
        Api api = TestUsers.admin(port);
        UUID id = api.createCompany(company("Unchanged AS"));
        api.patch("/api/v1/companies/" + id, "{\"ownerId\":\"" + UUID.randomUUID() + "\"}")
                .expectProblem(400);
        assertThat(api.get("/api/v1/history/company/" + id).json().get("items").size())
                .isEqualTo(1);
    }
}
