package io.rapport.company;

import static io.rapport.support.TestRecords.company;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.AdminApiIntegrationTest;
import io.rapport.support.Api;
import io.rapport.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CompanyDuplicatesIntegrationTest extends AdminApiIntegrationTest {

    @Test
    void companiesAreNormalisedAndLikelyDuplicatesFoundByDomainPhoneAndName() {
        JsonNode company = api.post(
                        "/api/v1/companies",
                        company("Havbris Fiskeri AS")
                                .website("HTTPS://WWW.Havbris.example/om-oss")
                                .phone("55 12 34 56")
                                .country("Norway")
                                .json())
                .expect(201)
                .json();
        UUID id = UUID.fromString(company.get("id").asString());
        assertThat(company.get("domain").asString()).isEqualTo("havbris.example");
        assertThat(company.get("country").asString()).isEqualTo("NO");
        assertThat(company.get("phoneE164").asString()).isEqualTo("+4755123456");

        JsonNode byDomain = api.get("/api/v1/companies/duplicates?website=havbris.example/kontakt")
                .expect(200)
                .json()
                .get("items");
        assertThat(byDomain.get(0).get("id").asString()).isEqualTo(id.toString());
        assertThat(byDomain.get(0).get("score").asInt()).isEqualTo(95);

        JsonNode byName = api.get("/api/v1/companies/duplicates?name=Havbris%20Fiskeri%20Inc.")
                .expect(200)
                .json()
                .get("items");
        assertThat(byName.get(0).get("id").asString()).isEqualTo(id.toString());
        assertThat(byName.get(0).get("reasons").get(0).asString()).isEqualTo("name");

        JsonNode byPhone = api.get("/api/v1/companies/duplicates?phone=%2B47%2055%2012%2034%2056")
                .expect(200)
                .json()
                .get("items");
        assertThat(byPhone.get(0).get("reasons").get(0).asString()).isEqualTo("phone");

        assertThat(api.get("/api/v1/companies/duplicates?name=Havbris%20Fiskeri&id=" + id)
                        .expect(200)
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertThat(api.get("/api/v1/companies/duplicates?name=Havblikk%20Reiser")
                        .expect(200)
                        .json()
                        .get("items")
                        .size())
                .isZero();

        assertThat(api.post(
                                "/api/v1/companies",
                                company("Bad Values")
                                        .domain("not a domain")
                                        .phone("12")
                                        .json())
                        .expectProblem(400)
                        .errorFields())
                .containsExactlyInAnyOrder("domain", "phone");
    }

    @Test
    void likelyDuplicatePairsAcrossTheBaseAreListedBestFirst() {
        Api api = TestUsers.admin(port);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID site = api.createCompany(company("Fjellvind " + tag + " AS").website("fjellvind-" + tag + ".example"));
        UUID sameSite = api.createCompany(
                company("Mountain Wind " + tag).website("https://www.fjellvind-" + tag + ".example/about"));
        UUID named = api.createCompany(company("Zyxvik Kaffebrenneri " + tag));
        UUID similar = api.createCompany(company("Zyxvik Kaffebrenneri " + tag + " AS"));

        JsonNode pairs = api.get("/api/v1/companies/duplicates/pairs?limit=1000")
                .expect(200)
                .json()
                .get("items");
        assertThat(pairOf(pairs, site, sameSite).get("reasons").toString()).contains("domain");
        assertThat(pairOf(pairs, site, sameSite).get("score").asInt()).isEqualTo(95);
        assertThat(pairOf(pairs, named, similar).get("reasons").toString()).contains("name");
        api.get("/api/v1/companies/duplicates/pairs?limit=0").expectProblem(400);
    }

    private static JsonNode pairOf(JsonNode pairs, UUID a, UUID b) {
        for (JsonNode pair : pairs) {
            String first = pair.get("first").get("id").asString();
            String second = pair.get("second").get("id").asString();
            if ((first.equals(a.toString()) && second.equals(b.toString()))
                    || (first.equals(b.toString()) && second.equals(a.toString()))) {
                return pair;
            }
        }
        throw new AssertionError("no pair of " + a + " and " + b + " in " + pairs);
    }
}
