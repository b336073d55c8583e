package io.rapport.customfield;

import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomFieldIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api admin;
    UUID seatsField;
    UUID tierField;

    @BeforeAll
    void defineFields() {
        admin = TestUsers.admin(port);
        seatsField = admin.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"contact\",\"label\":\"Seats\",\"type\":\"number\",\"helpText\":\"Licensed seats\"}")
                .expect(201)
                .id();
        tierField = admin.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"contact\",\"label\":\"Support tier\",\"type\":\"singleSelect\","
                                + "\"options\":[\"Gold\",\"Silver\",\"Bronze\"],\"defaultValue\":\"bronze\"}")
                .expect(201)
                .id();
        admin.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"contact\",\"key\":\"renewal\",\"label\":\"Renewal\",\"type\":\"date\"}")
                .expect(201);
        admin.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"contact\",\"label\":\"Products\",\"type\":\"multiSelect\","
                                + "\"options\":[\"CRM\",\"Helpdesk\",\"Mail\"]}")
                .expect(201);
        admin.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"contact\",\"label\":\"Contract code\",\"type\":\"text\"}")
                .expect(201);
    }

    @Test
    void definitionsAreCheckedAndOnlyAdminsChangeThem() {
        JsonNode seats =
                admin.get("/api/v1/custom-fields/" + seatsField).expect(200).json();
        assertThat(seats.get("key").asString()).isEqualTo("seats");
        assertThat(seats.get("type").asString()).isEqualTo("number");

        Api.Response bad = admin.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"deal\",\"label\":\"\",\"type\":\"singleSelect\",\"key\":\"9x\"}")
                .expectProblem(400);
        assertThat(bad.errorFields()).contains("recordType", "key");
        admin.post("/api/v1/custom-fields", "{\"recordType\":\"contact\",\"label\":\"Seats\",\"type\":\"text\"}")
                .expectProblem(400);
        admin.post("/api/v1/custom-fields", "{\"recordType\":\"contact\",\"label\":\"X\",\"type\":\"colour\"}")
                .expectProblem(400);
        admin.patch("/api/v1/custom-fields/" + seatsField, "{\"type\":\"text\"}")
                .expectProblem(400);

        Api sales = TestUsers.create(port, "SALES", null).api();
        assertThat(sales.get("/api/v1/custom-fields?recordType=contact")
                        .expect(200)
                        .json()
                        .get("items")
                        .size())
                .isGreaterThanOrEqualTo(5);
        sales.post("/api/v1/custom-fields", "{\"recordType\":\"contact\",\"label\":\"Mine\",\"type\":\"text\"}")
                .expectProblem(403);
        sales.delete("/api/v1/custom-fields/" + seatsField).expectProblem(403);
    }

    @Test
    void valuesAreNormalisedDefaultedAndChecked() {
        JsonNode contact = admin.post(
                        "/api/v1/contacts",
                        contact("Custom")
                                .customField("seats", "1 200")
                                .customField("renewal", "2027-01-31")
                                .customField("products", "crm; mail")
                                .customField("contractCode", "  AB   12 ")
                                .json())
                .expect(201)
                .json();
        JsonNode values = contact.get("customFields");
        assertThat(values.get("seats").asInt()).isEqualTo(1200);
        assertThat(values.get("supportTier").asString()).isEqualTo("Bronze");
        assertThat(values.get("renewal").asString()).isEqualTo("2027-01-31");
        assertThat(values.get("products").values())
                .extracting(JsonNode::asString)
                .containsExactly("CRM", "Mail");
        assertThat(values.get("contractCode").asString()).isEqualTo("AB 12");

        Api.Response bad = admin.post(
                        "/api/v1/contacts",
                        contact("Bad")
                                .customField("seats", "many")
                                .customField("supportTier", "Platinum")
                                .customField("renewal", "31.01.2027")
                                .customField("colour", "red")
                                .json())
                .expectProblem(400);
        assertThat(bad.errorFields())
                .contains(
                        "customFields.seats",
                        "customFields.supportTier",
                        "customFields.renewal",
                        "customFields.colour");
        assertThat(bad.body()).contains("is not one of Gold, Silver, Bronze");

        String id = contact.get("id").asString();
        JsonNode patched = admin.patch("/api/v1/contacts/" + id, "{\"customFields\":{\"seats\":5,\"renewal\":null}}")
                .expect(200)
                .json()
                .get("customFields");
        assertThat(patched.get("seats").asInt()).isEqualTo(5);
        assertThat(patched.has("renewal")).isFalse();
        assertThat(patched.get("supportTier").asString()).isEqualTo("Bronze");
    }

    @Test
    void aRequiredFieldMustHaveAValue() {
        UUID required = admin.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"contact\",\"label\":\"Region code\",\"type\":\"text\",\"required\":true}")
                .expect(201)
                .id();
        try {
            Api.Response missing =
                    admin.post("/api/v1/contacts", contact("NoRegion").json()).expectProblem(400);
            assertThat(missing.errorFields()).containsExactly("customFields.regionCode");
            admin.post(
                            "/api/v1/contacts",
                            contact("WithRegion")
                                    .customField("regionCode", "N1")
                                    .json())
                    .expect(201);
        } finally {
            admin.delete("/api/v1/custom-fields/" + required).expect(200);
        }
    }

    @Test
    void listsFilterAndSortOnCustomFieldsWithTheFilterModel() {
        String tag = "cf-" + UUID.randomUUID();
        create(tag, "Alpha", "{\"seats\":10,\"supportTier\":\"Gold\",\"products\":[\"CRM\"]}", "1960-05-01");
        create(
                tag,
                "Beta",
                "{\"seats\":250,\"supportTier\":\"Silver\",\"products\":[\"CRM\",\"Helpdesk\"]}",
                "1995-05-01");
        create(tag, "Gamma", "{\"seats\":40,\"supportTier\":\"Gold\"}", null);
        create(tag, "Delta", "{\"supportTier\":\"Bronze\",\"products\":[\"Mail\"]}", "2001-05-01");

        assertThat(names(tag, "{\"field\":\"custom.seats\",\"op\":\"gte\",\"value\":40}", "lastName"))
                .containsExactly("Beta", "Gamma");
        assertThat(names(tag, "{\"field\":\"custom.supportTier\",\"op\":\"in\",\"value\":[\"gold\"]}", "lastName"))
                .containsExactly("Alpha", "Gamma");
        assertThat(names(tag, "{\"field\":\"custom.products\",\"op\":\"contains\",\"value\":\"CRM\"}", "lastName"))
                .containsExactly("Alpha", "Beta");
        assertThat(names(tag, "{\"field\":\"custom.seats\",\"op\":\"isEmpty\"}", "lastName"))
                .containsExactly("Delta");
        assertThat(names(
                        tag,
                        "{\"or\":[{\"field\":\"custom.seats\",\"op\":\"between\",\"value\":[1,20]},"
                                + "{\"field\":\"custom.supportTier\",\"op\":\"eq\",\"value\":\"Bronze\"}]}",
                        "lastName"))
                .containsExactly("Alpha", "Delta");
        assertThat(names(tag, "{\"field\":\"age\",\"op\":\"gte\",\"value\":40}", "lastName"))
                .containsExactly("Alpha");
        assertThat(names(tag, "{\"field\":\"createdAt\",\"op\":\"inLast\",\"value\":\"P1D\"}", "lastName"))
                .containsExactly("Alpha", "Beta", "Delta", "Gamma");

        // Sorted by a custom field, two rows a page: rows without a value come last, the cursor crosses them.
        assertThat(names(tag, null, "custom.seats")).containsExactly("Alpha", "Gamma", "Beta", "Delta");
        assertThat(names(tag, null, "-custom.seats")).containsExactly("Delta", "Beta", "Gamma", "Alpha");
        assertThat(names(tag, null, "custom.supportTier")).containsExactly("Delta", "Alpha", "Gamma", "Beta");
    }

    @Test
    void aBrokenFilterIsAProblemThatSaysWhere() {
        assertThat(admin.get("/api/v1/contacts?filter="
                                + encode("{\"and\":[{\"field\":\"seats\",\"op\":\"eq\",\"value\":1}]}"))
                        .expectProblem(400)
                        .body())
                .contains("'seats' is not a field to filter on");
        assertThat(admin.get("/api/v1/contacts?filter="
                                + encode("{\"and\":[{\"field\":\"custom.seats\",\"op\":\"like\",\"value\":1}]}"))
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("filter.and[0].op");
        assertThat(admin.get("/api/v1/contacts?filter="
                                + encode("{\"field\":\"custom.seats\",\"op\":\"gt\",\"value\":\"lots\"}"))
                        .expectProblem(400)
                        .body())
                .contains("is not a number");
        assertThat(admin.get("/api/v1/contacts?filter=" + encode("{\"field\":\"tags\",\"op\":\"lt\",\"value\":\"x\"}"))
                        .expectProblem(400)
                        .body())
                .contains("cannot be compared with lt");
        admin.get("/api/v1/contacts?filter=" + encode("{\"and\":")).expectProblem(400);
        admin.get("/api/v1/contacts?sort=custom.nothing").expectProblem(400);
    }

    @Test
    void eachFieldHasAnIndexThatItsFilterUses() {
        String index = "cf_" + seatsField.toString().replace("-", "");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.queryForObject("select count(*) from pg_indexes where indexname = ?", Integer.class, index)
                                > 0);
        List<String> plan = jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
                statement.execute("set enable_seqscan = off");
                List<String> lines = new ArrayList<>();
                try (var rows = statement.executeQuery(
                        "explain select id from contact where cf_number(custom_fields, 'seats') >= 100")) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
                statement.execute("reset enable_seqscan");
                return lines;
            }
        });
        assertThat(String.join("\n", plan)).contains(index);
    }

    @Test
    void renamingKeepsValuesDeletingHidesThemRestoringBringsThemBackPurgingRemovesThem() {
        UUID field = admin.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"contact\",\"label\":\"Legacy id\",\"type\":\"text\"}")
                .expect(201)
                .id();
        String contact = admin.post(
                        "/api/v1/contacts",
                        contact("Legacy").customField("legacyId", "L-77").json())
                .expect(201)
                .id()
                .toString();
        admin.patch("/api/v1/custom-fields/" + field, "{\"label\":\"Old system id\"}")
                .expect(200);
        assertThat(customValue(contact, "legacyId")).isEqualTo("L-77");

        admin.delete("/api/v1/custom-fields/" + field).expect(200);
        assertThat(customValue(contact, "legacyId")).isNull();
        admin.patch("/api/v1/contacts/" + contact, "{\"jobTitle\":\"Kept\"}").expect(200);

        admin.post("/api/v1/custom-fields/" + field + "/restore", "{}").expect(200);
        assertThat(customValue(contact, "legacyId")).isEqualTo("L-77");

        admin.post("/api/v1/custom-fields/" + field + "/purge", "{}").expectProblem(400);
        admin.delete("/api/v1/custom-fields/" + field).expect(200);
        admin.post("/api/v1/custom-fields/" + field + "/purge", "{}").expect(204);
        admin.get("/api/v1/custom-fields/" + field).expectProblem(404);
        assertThat(jdbc.queryForObject(
                        "select jsonb_exists(custom_fields, 'legacyId') from contact where id = ?::uuid",
                        Boolean.class,
                        contact))
                .isFalse();
        assertThat(admin.get("/api/v1/history/customField/" + field)
                        .expectProblem(404)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void customTextIsFoundBySearchAndExported() {
        String code = "zq" + UUID.randomUUID().toString().substring(0, 6);
        admin.post(
                        "/api/v1/contacts",
                        contact("Searchable").customField("contractCode", code).json())
                .expect(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !admin.get("/api/v1/contacts?q=" + code)
                        .expect(200)
                        .json()
                        .get("items")
                        .isEmpty());
        String csv = admin.get("/api/v1/contacts/export?format=csv&filter="
                        + encode("{\"field\":\"custom.contractCode\",\"op\":\"eq\",\"value\":\"" + code + "\"}"))
                .expect(200)
                .body();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("custom.seats", "custom.contractCode");
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(csv).contains(code);
    }

    private String customValue(String contact, String key) {
        JsonNode value = admin.get("/api/v1/contacts/" + contact)
                .expect(200)
                .json()
                .get("customFields")
                .get(key);
        return value == null ? null : value.asString();
    }

    private void create(String tag, String lastName, String customFields, String birthDate) {
        admin.post(
                        "/api/v1/contacts",
                        "{\"lastName\":\"" + lastName + "\",\"tags\":[\"" + tag + "\"],\"customFields\":" + customFields
                                + (birthDate == null ? "" : ",\"birthDate\":\"" + birthDate + "\"") + "}")
                .expect(201);
    }

    /** The last names the filter (and the tag) selects, sorted as asked, read two to a page. */
    private List<String> names(String tag, String condition, String sort) {
        String tagCondition = "{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"" + tag + "\"}";
        String filter = condition == null
                ? "{\"and\":[" + tagCondition + "]}"
                : "{\"and\":[" + tagCondition + "," + condition + "]}";
        List<String> names = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = admin.get("/api/v1/contacts?limit=2&sort=" + sort + "&filter=" + encode(filter) + cursor)
                    .expect(200)
                    .json();
            page.get("items").forEach(item -> names.add(item.get("lastName").asString()));
            JsonNode next = page.get("nextCursor");
            cursor = next == null || next.isNull() ? null : "&cursor=" + next.asString();
        } while (cursor != null);
        return names;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
