package io.rapport.contact;

import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.support.AdminApiIntegrationTest;
import io.rapport.support.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class ContactApiIntegrationTest extends AdminApiIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsReadsPatchesDeletesAndRestoresAContact() {
        UUID companyId = api.createCompany(company("Fjord Analytics").website("https://www.fjord-analytics.no"));
        Api.Response created = api.post(
                        "/api/v1/contacts",
                        contact(" Ingrid ", "Berg")
                                .email("Ingrid.Berg@Fjord-Analytics.no")
                                .phone("+47 912 34 567")
                                .companyId(companyId)
                                .jobTitle("CTO")
                                .country("NO")
                                .city("Bergen")
                                .birthDate("1985-04-12")
                                .set("gender", "female")
                                .set("profession", "Engineering")
                                .set("source", "Referral")
                                .lifecycleStage("opportunity")
                                .tags("vip", "VIP", " partner ")
                                .json())
                .expect(201);
        UUID id = created.id();
        assertThat(created.location()).isEqualTo("/api/v1/contacts/" + id);

        JsonNode contact = api.get("/api/v1/contacts/" + id).expect(200).json();
        assertThat(contact.get("firstName").asString()).isEqualTo("Ingrid");
        assertThat(contact.get("email").asString()).isEqualTo("ingrid.berg@fjord-analytics.no");
        assertThat(contact.get("companyName").asString()).isEqualTo("Fjord Analytics");
        assertThat(contact.get("lifecycleStage").asString()).isEqualTo("opportunity");
        assertThat(contact.get("tags").values()).extracting(JsonNode::asString).containsExactly("vip", "partner");

        JsonNode patched = api.patch("/api/v1/contacts/" + id, "{\"jobTitle\":\"CEO\",\"city\":null}")
                .expect(200)
                .json();
        assertThat(patched.get("jobTitle").asString()).isEqualTo("CEO");
        assertThat(patched.get("city").isNull()).isTrue();
        assertThat(patched.get("lastName").asString()).isEqualTo("Berg");

        api.delete("/api/v1/contacts/" + id).expect(204);
        assertThat(ids(api.get("/api/v1/contacts?email=ingrid.berg@fjord-analytics.no")
                        .expect(200)
                        .json()))
                .doesNotContain(id);
        assertThat(ids(api.get("/api/v1/contacts?deleted=true&email=ingrid.berg@fjord-analytics.no")
                        .expect(200)
                        .json()))
                .contains(id);
        api.patch("/api/v1/contacts/" + id, "{\"jobTitle\":\"CFO\"}").expectProblem(400);

        api.post("/api/v1/contacts/" + id + "/restore", null).expect(200);
        assertThat(ids(api.get("/api/v1/contacts?email=ingrid.berg@fjord-analytics.no")
                        .expect(200)
                        .json()))
                .contains(id);
    }

    @Test
    void changingThePrimaryEmailReplacesItAndKeepsTheOthers() {
        UUID id = api.createContact(contact("Moe").emails("old@moe.example", "second@moe.example"));
        JsonNode patched = api.patch("/api/v1/contacts/" + id, "{\"email\":\"new@moe.example\"}")
                .expect(200)
                .json();
        assertThat(patched.get("emails").values())
                .extracting(JsonNode::asString)
                .containsExactly("new@moe.example", "second@moe.example");
    }

    @Test
    void pagesThroughAFilteredListWithCursors() {
        String tag = "page-" + UUID.randomUUID();
        List<UUID> createdIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            createdIds.add(api.createContact(contact("Pager" + i).tags(tag)));
        }
        List<UUID> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = api.get("/api/v1/contacts?tag=" + tag + "&limit=2&sort=-lastName" + cursor)
                    .expect(200)
                    .json();
            seen.addAll(ids(page));
            pages++;
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : "&cursor=" + page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        java.util.Collections.reverse(createdIds);
        assertThat(seen).containsExactlyElementsOf(createdIds);
    }

    @Test
    void searchFindsByPrefixTypoPhoneCompanyAndTag() {
        String unique = "Zyx" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        UUID companyId = api.createCompany(company(unique + " Shipping"));
        UUID id = api.createContact(contact("Ragnhild", unique + "son")
                .phone("+47 934 56 781")
                .companyId(companyId)
                .tags(unique + "tag"));

        assertThat(searchIds(unique.substring(0, 5))).contains(id);
        assertThat(searchIds("Ragnhlid " + unique.substring(0, 5).toLowerCase()))
                .contains(id);
        assertThat(searchIds("93456781")).contains(id);
        assertThat(searchIds(unique + " Shipping")).contains(id);
        assertThat(searchIds(unique + "tag")).contains(id);
    }

    @Test
    void renamingACompanyRenamesItOnItsContacts() {
        UUID companyId = api.createCompany(company("Old Name Trading"));
        UUID id = api.createContact(contact("Renamer").companyId(companyId));
        String newName = "Qwerty" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        api.patch("/api/v1/companies/" + companyId, "{\"name\":\"Between Names\"}")
                .expect(200);
        api.patch("/api/v1/companies/" + companyId, "{\"name\":\"" + newName + "\"}")
                .expect(200);

        // After the company's transaction (CompanyNameListener is asynchronous): the latest name wins.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/v1/contacts/" + id)
                                .json()
                                .get("companyName")
                                .asString())
                        .isEqualTo(newName));
        assertThat(searchIds(newName)).contains(id);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from event_publication"
                                                + " where listener_id like '%CompanyNameListener%' and serialized_event like :id")
                                .param("id", "%" + companyId + "%")
                                .query(Integer.class)
                                .single())
                        .as("the registry forgets the events once handled")
                        .isZero());
    }

    @Test
    void scriptAndSqlInTextAreStoredAsTheyWereTyped() {
        String nasty = "<script>alert(1)</script>'; DROP TABLE contact; --";
        UUID id = api.createContact(contact(nasty));
        assertThat(api.get("/api/v1/contacts/" + id).json().get("lastName").asString())
                .isEqualTo(nasty);
        api.get("/api/v1/contacts?q=" + java.net.URLEncoder.encode(nasty, java.nio.charset.StandardCharsets.UTF_8))
                .expect(200);
    }

    private List<UUID> searchIds(String q) {
        return ids(
                api.get("/api/v1/contacts?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                        .expect(200)
                        .json());
    }

    static List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asString())));
        return ids;
    }
}
