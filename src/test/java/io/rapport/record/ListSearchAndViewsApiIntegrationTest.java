package io.rapport.record;

import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Lists through the API: full text together with filters and conditions, and saved views that keep every parameter. */
@IntegrationTest
class ListSearchAndViewsApiIntegrationTest {

    @LocalServerPort
    int port;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String cityIs(String city) {
        return URLEncoder.encode(
                "{\"field\":\"city\",\"op\":\"eq\",\"value\":\"" + city + "\"}", StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode page, String field) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get(field).asString()));
        return names;
    }

    @Test
    void fullTextCombinesWithConditionsAndSimpleFiltersPageByPage() {
        Api admin = TestUsers.admin(port);
        String name = unique("Lind");
        String city = unique("Berg");
        admin.createContact(contact("Ada", name).city(city).country("NO"));
        admin.createContact(contact("Bea", name).city(city).country("SE"));
        admin.createContact(contact("Cia", name).city("Oslo").country("NO"));

        String withCondition = "/api/v1/contacts?q=" + name + "&filter=" + cityIs(city);
        assertThat(names(admin.get(withCondition).expect(200).json(), "firstName"))
                .containsExactlyInAnyOrder("Ada", "Bea");
        assertThat(names(admin.get(withCondition + "&country=NO").expect(200).json(), "firstName"))
                .containsExactly("Ada");
        assertThat(names(
                        admin.get("/api/v1/contacts?q=" + name + "&country=NO")
                                .expect(200)
                                .json(),
                        "firstName"))
                .containsExactlyInAnyOrder("Ada", "Cia");

        JsonNode first = admin.get(withCondition + "&limit=1").expect(200).json();
        String cursor = first.get("nextCursor").asString();
        JsonNode second = admin.get(withCondition + "&limit=1&cursor=" + cursor)
                .expect(200)
                .json();
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(List.of(
                        names(first, "firstName").get(0),
                        names(second, "firstName").get(0)))
                .containsExactlyInAnyOrder("Ada", "Bea");

        String companyName = unique("Havbruk");
        admin.createCompany(company(companyName + " Nord").city(city));
        admin.createCompany(company(companyName + " Sør").city("Bodø"));
        assertThat(names(
                        admin.get("/api/v1/companies?q=" + companyName + "&filter=" + cityIs(city))
                                .expect(200)
                                .json(),
                        "name"))
                .containsExactly(companyName + " Nord");
    }

    @Test
    void aSavedViewKeepsTheListsParametersAndItsExportIsThatList() {
        Api admin = TestUsers.admin(port);
        String city = unique("Strand");
        admin.createContact(contact("Norwegian").city(city).country("NO"));
        admin.createContact(contact("Swede").city(city).country("SE"));

        JsonNode view = admin.post(
                        "/api/v1/views",
                        "{\"recordType\":\"contact\",\"name\":\"Norway " + city
                                + "\",\"parameters\":{\"country\":\"NO\"},"
                                + "\"filter\":{\"field\":\"city\",\"op\":\"eq\",\"value\":\"" + city + "\"}}")
                .expect(201)
                .json();
        assertThat(view.get("parameters").get("country").asString()).isEqualTo("NO");
        String csv = admin.get("/api/v1/contacts/export?format=csv&view="
                        + view.get("id").asString())
                .expect(200)
                .body();
        assertThat(csv.strip().split("\r?\n")).hasSize(2);
        assertThat(csv).contains("Norwegian").doesNotContain("Swede");

        admin.post("/api/v1/views", "{\"name\":\"Bad\",\"parameters\":{\"sort\":\"x\"}}")
                .expectProblem(400);
        admin.post("/api/v1/views", "{\"name\":\"Bad\",\"parameters\":{\"q\":\"a\\u0000b\"}}")
                .expectProblem(400);
    }
}
