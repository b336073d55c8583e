package io.rapport.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import io.rapport.support.TestUsers.TestUser;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ListViewIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void viewsArePrivateOrSharedWithTheTeamAndOthersGet404() {
        UUID team = TestUsers.createTeam(port);
        TestUser owner = TestUsers.create(port, "SALES", team);
        TestUser teammate = TestUsers.create(port, "SALES", team);
        TestUser outsider = TestUsers.create(port, "SALES", null);

        JsonNode shared = owner.api()
                .post(
                        "/api/v1/views",
                        "{\"recordType\":\"contact\",\"name\":\"Nordic leads\",\"shared\":true,\"sort\":\"-updatedAt\","
                                + "\"columns\":[\"email\",\"country\"],"
                                + "\"filter\":{\"and\":[{\"field\":\"country\",\"op\":\"in\",\"value\":[\"NO\",\"SE\"]}]}}")
                .expect(201)
                .json();
        String sharedId = shared.get("id").asString();
        assertThat(shared.get("filter").asString()).contains("\"in\"");
        String privateId = owner.api()
                .post("/api/v1/views", "{\"name\":\"Mine only\"}")
                .expect(201)
                .json()
                .get("id")
                .asString();

        assertThat(names(teammate.api())).contains("Nordic leads").doesNotContain("Mine only");
        assertThat(names(owner.api())).contains("Nordic leads", "Mine only");
        assertThat(names(outsider.api())).doesNotContain("Nordic leads", "Mine only");
        outsider.api().get("/api/v1/views/" + sharedId).expectProblem(404);
        teammate.api().get("/api/v1/views/" + privateId).expectProblem(404);
        teammate.api().delete("/api/v1/views/" + sharedId).expectProblem(404);

        owner.api().post("/api/v1/views", "{\"name\":\" \"}").expectProblem(400);
        owner.api()
                .post("/api/v1/views", "{\"name\":\"Deals\",\"recordType\":\"deal\"}")
                .expectProblem(400);
        owner.api()
                .post("/api/v1/views", "{\"name\":\"Broken\",\"filter\":{\"field\":\"country\",\"op\":\"near\"}}")
                .expectProblem(400);
        outsider.api()
                .post("/api/v1/views", "{\"name\":\"Teamless\",\"shared\":true}")
                .expectProblem(400);

        owner.api().delete("/api/v1/views/" + sharedId).expect(204);
        assertThat(names(teammate.api())).doesNotContain("Nordic leads");
    }

    private static java.util.List<String> names(Api api) {
        java.util.List<String> names = new java.util.ArrayList<>();
        api.get("/api/v1/views?recordType=contact")
                .expect(200)
                .json()
                .get("items")
                .forEach(view -> names.add(view.get("name").asString()));
        return names;
    }
}
