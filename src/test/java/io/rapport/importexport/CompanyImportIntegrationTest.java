package io.rapport.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CompanyImportIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void salesforceAccountsAreImportedMatchedOnDomainOrNameUpdatedAndUndone() {
        Api api = TestUsers.admin(port);
        String tag = "c" + UUID.randomUUID().toString().substring(0, 8);
        UUID existing = api.createCompany(
                "{\"name\":\"Existing " + tag + "\",\"website\":\"existing-" + tag + ".example\",\"city\":\"Oslo\"}");
        String csv =
                "Account Name,Website,Industry,Number of Employees,Annual Revenue,Billing City,Billing Country,Tags\n"
                        + "Fjord " + tag + " AS,https://www.fjord-" + tag
                        + ".example,Shipping,250,\"$1,200,000.50\",Bergen,Norway,"
                        + tag + "\n"
                        + "Renamed " + tag + ",existing-" + tag + ".example,Software,12,,,,\n"
                        + "fjord " + tag + " as,,,,,Stavanger,,\n"
                        + "Broken " + tag + ",,,a lot,,,,\n";

        JsonNode done = ImportIntegrationTest.run(
                api,
                "accounts.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                "&recordType=company&duplicatePolicy=update");

        assertThat(done.get("mapping").toString())
                .isEqualTo(
                        "[\"name\",\"website\",\"industry\",\"size\",\"annualRevenue\",\"city\",\"country\",\"tags\"]");
        assertThat(done.get("created").asLong()).isEqualTo(1);
        assertThat(done.get("updated").asLong()).isEqualTo(2);
        assertThat(done.get("failed").asLong()).isEqualTo(1);
        JsonNode fjord = api.get("/api/v1/companies?tag=" + tag)
                .expect(200)
                .json()
                .get("items")
                .get(0);
        assertThat(fjord.get("domain").asString()).isEqualTo("fjord-" + tag + ".example");
        assertThat(fjord.get("size").asString()).isEqualTo("201-500");
        assertThat(fjord.get("annualRevenue").decimalValue()).isEqualByComparingTo("1200000.50");
        assertThat(fjord.get("country").asString()).isEqualTo("NO");
        assertThat(fjord.get("city").asString()).isEqualTo("Stavanger");
        JsonNode renamed = api.get("/api/v1/companies/" + existing).expect(200).json();
        assertThat(renamed.get("name").asString()).isEqualTo("Renamed " + tag);
        assertThat(renamed.get("city").asString()).isEqualTo("Oslo");
        assertThat(renamed.get("size").asString()).isEqualTo("11-50");

        api.post("/api/v1/imports/" + done.get("id").asString() + "/undo", "").expect(200);
        ImportIntegrationTest.waitFor(api, done.get("id").asString(), List.of("undone"));
        assertThat(api.get("/api/v1/companies/" + existing)
                        .expect(200)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Existing " + tag);
        assertThat(api.get("/api/v1/companies?tag=" + tag).expect(200).json().get("items"))
                .isEmpty();
    }

    @Test
    void companyCustomFieldsTravelThroughTheApiAndImports() {
        Api api = TestUsers.admin(port);
        String tag = "f" + UUID.randomUUID().toString().substring(0, 8);
        String key = api.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"company\",\"label\":\"Tier " + tag + "\",\"type\":\"singleSelect\","
                                + "\"options\":[\"Gold\",\"Silver\"]}")
                .expect(201)
                .json()
                .get("key")
                .asString();

        UUID company =
                api.createCompany("{\"name\":\"Tiered " + tag + "\",\"customFields\":{\"" + key + "\":\"gold\"}}");
        assertThat(api.get("/api/v1/companies/" + company)
                        .expect(200)
                        .json()
                        .get("customFields")
                        .get(key)
                        .asString())
                .isEqualTo("Gold");
        assertThat(api.post(
                                "/api/v1/companies",
                                "{\"name\":\"Bad " + tag + "\",\"customFields\":{\"" + key + "\":\"Bronze\"}}")
                        .expectProblem(400)
                        .errorFields())
                .contains("customFields." + key);

        String csv = "Company Name,Tier " + tag + "\nImported " + tag + ",silver\nBroken " + tag + ",bronze\n";
        JsonNode done =
                ImportIntegrationTest.run(api, "tiers.csv", csv.getBytes(StandardCharsets.UTF_8), "&type=companies");
        assertThat(done.get("mapping").toString()).isEqualTo("[\"name\",\"custom." + key + "\"]");
        assertThat(done.get("created").asLong()).isEqualTo(1);
        assertThat(done.get("failed").asLong()).isEqualTo(1);
        JsonNode imported = api.get("/api/v1/companies?q=Imported%20" + tag)
                .expect(200)
                .json()
                .get("items")
                .get(0);
        assertThat(imported.get("customFields").get(key).asString()).isEqualTo("Silver");

        // The company list filters, sorts and searches on the field like the contact list.
        String filter = java.net.URLEncoder.encode(
                "{\"and\":[{\"field\":\"custom." + key + "\",\"op\":\"in\",\"value\":[\"gold\",\"silver\"]},"
                        + "{\"field\":\"createdAt\",\"op\":\"inLast\",\"value\":\"P1D\"}]}",
                StandardCharsets.UTF_8);
        assertThat(names(api, "/api/v1/companies?sort=custom." + key + "&filter=" + filter))
                .containsExactly("Tiered " + tag, "Imported " + tag);
        assertThat(names(api, "/api/v1/companies?sort=-custom." + key + "&filter=" + filter))
                .containsExactly("Imported " + tag, "Tiered " + tag);
        assertThat(names(api, "/api/v1/companies?q=silver"))
                .contains("Imported " + tag)
                .doesNotContain("Tiered " + tag);
        assertThat(api.get("/api/v1/companies?filter="
                                + java.net.URLEncoder.encode(
                                        "{\"field\":\"custom.nothing\",\"op\":\"eq\",\"value\":1}",
                                        StandardCharsets.UTF_8))
                        .expectProblem(400)
                        .body())
                .contains("custom.nothing");
    }

    private static List<String> names(Api api, String path) {
        List<String> names = new java.util.ArrayList<>();
        api.get(path)
                .expect(200)
                .json()
                .get("items")
                .forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    @Test
    void aContactImportCreatesTheCompaniesItNamesUnlessTheirChecksFail() {
        Api api = TestUsers.admin(port);
        String tag = "n" + UUID.randomUUID().toString().substring(0, 8);
        UUID existing = api.createCompany("{\"name\":\"Known " + tag + "\"}");
        String csv = "First Name,Last Name,Email,Company Name\n"
                + "Ada,One,ada-" + tag + "@example.com,New " + tag + "\n"
                + "Bo,Two,bo-" + tag + "@example.com,Known " + tag + "\n";
        JsonNode first = ImportIntegrationTest.run(api, "people.csv", csv.getBytes(StandardCharsets.UTF_8), "");
        assertThat(first.get("created").asLong()).isEqualTo(2);
        JsonNode created = api.get("/api/v1/companies?q=New%20" + tag)
                .expect(200)
                .json()
                .get("items")
                .get(0);
        assertThat(created.get("name").asString()).isEqualTo("New " + tag);
        assertThat(api.get("/api/v1/contacts?email=ada-" + tag + "@example.com")
                        .expect(200)
                        .json()
                        .get("items")
                        .get(0)
                        .get("companyId")
                        .asString())
                .isEqualTo(created.get("id").asString());

        String field = api.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"company\",\"label\":\"Region " + tag
                                + "\",\"type\":\"text\",\"required\":true}")
                .expect(201)
                .json()
                .get("id")
                .asString();
        try {
            String later = "First Name,Last Name,Email,Company Name\n"
                    + "Cy,Three,cy-" + tag + "@example.com,Other " + tag + "\n"
                    + "Di,Four,di-" + tag + "@example.com,Known " + tag + "\n";
            JsonNode second = ImportIntegrationTest.run(api, "more.csv", later.getBytes(StandardCharsets.UTF_8), "");
            assertThat(second.get("created").asLong()).isEqualTo(1);
            assertThat(second.get("failed").asLong()).isEqualTo(1);
            String errors = new String(
                    api.getBytes("/api/v1/imports/" + second.get("id").asString() + "/errors"), StandardCharsets.UTF_8);
            assertThat(errors).contains("company: cannot be created").contains("Cy");
            assertThat(api.get("/api/v1/companies?q=Other%20" + tag)
                            .expect(200)
                            .json()
                            .get("items"))
                    .isEmpty();
            assertThat(api.get("/api/v1/contacts?email=di-" + tag + "@example.com")
                            .expect(200)
                            .json()
                            .get("items")
                            .get(0)
                            .get("companyId")
                            .asString())
                    .isEqualTo(existing.toString());
        } finally {
            api.delete("/api/v1/custom-fields/" + field).expect(200);
            api.post("/api/v1/custom-fields/" + field + "/purge", "").expect(204);
        }

        // Undoing the first import trashes its contacts and the company it created, but not a company it only
        // linked to, nor one it created where a contact added since still works.
        String kept = "First Name,Last Name,Email,Company Name\nEd,Five,ed-" + tag + "@example.com,Kept " + tag + "\n";
        JsonNode third = ImportIntegrationTest.run(api, "kept.csv", kept.getBytes(StandardCharsets.UTF_8), "");
        UUID keptCompany = UUID.fromString(api.get("/api/v1/companies?q=Kept%20" + tag)
                .expect(200)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString());
        api.createContact("{\"lastName\":\"Staying " + tag + "\",\"companyId\":\"" + keptCompany + "\"}");
        for (JsonNode undone : List.of(first, third)) {
            api.post("/api/v1/imports/" + undone.get("id").asString() + "/undo", "")
                    .expect(200);
            ImportIntegrationTest.waitFor(api, undone.get("id").asString(), List.of("undone"));
        }
        assertThat(api.get("/api/v1/companies/" + created.get("id").asString())
                        .expect(200)
                        .json()
                        .get("deletedAt")
                        .isNull())
                .isFalse();
        assertThat(api.get("/api/v1/companies/" + existing)
                        .expect(200)
                        .json()
                        .get("deletedAt")
                        .isNull())
                .isTrue();
        assertThat(api.get("/api/v1/companies/" + keptCompany)
                        .expect(200)
                        .json()
                        .get("deletedAt")
                        .isNull())
                .isTrue();
    }
}
