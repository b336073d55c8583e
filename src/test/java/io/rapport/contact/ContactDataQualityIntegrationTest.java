package io.rapport.contact;

import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.AdminApiIntegrationTest;
import io.rapport.support.Api;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactDataQualityIntegrationTest extends AdminApiIntegrationTest {

    @Test
    void valuesAreNormalisedOnTheWayIn() {
        JsonNode contact = api.post(
                        "/api/v1/contacts",
                        contact("  ÅSE  MARIE ", "ødegård")
                                .email(" Ase.Odegard@Normal.EXAMPLE ")
                                .phone("912 34 568")
                                .country("Norge")
                                .json())
                .expect(201)
                .json();
        assertThat(contact.get("firstName").asString()).isEqualTo("Åse Marie");
        assertThat(contact.get("lastName").asString()).isEqualTo("Ødegård");
        assertThat(contact.get("email").asString()).isEqualTo("ase.odegard@normal.example");
        assertThat(contact.get("country").asString()).isEqualTo("NO");
        assertThat(contact.get("phone").asString()).isEqualTo("912 34 568");
        assertThat(contact.get("phonesE164").values())
                .extracting(JsonNode::asString)
                .containsExactly("+4791234568");
    }

    @Test
    void unreadablePhonesAndCountriesAreFieldErrors() {
        Api.Response response = api.post(
                        "/api/v1/contacts",
                        contact("Nowhere")
                                .phone("12")
                                .phones("12", "+47 99 99")
                                .country("Atlantis")
                                .json())
                .expectProblem(400);
        assertThat(response.errorFields()).contains("phone", "phones", "country");
        // The country is unreadable, so the number was read as of the default region, and the message says so.
        assertThat(response.body()).contains("'12' is not a valid phone number in US");
    }

    @Test
    void aSecondContactWithTheSameEmailIsRefusedUnlessForced() {
        UUID first = api.createContact(contact("Kari", "Nordmann").email("kari@dup.example"));
        JsonNode problem = api.post(
                        "/api/v1/contacts",
                        contact("Other").email("KARI@dup.example").json())
                .expectProblem(409)
                .json();
        assertThat(problem.get("type").asString()).endsWith("/duplicate");
        assertThat(problem.get("duplicates").get(0).get("id").asString()).isEqualTo(first.toString());
        assertThat(problem.get("duplicates").get(0).get("reasons").get(0).asString())
                .isEqualTo("email");

        api.post("/api/v1/contacts?force=true", "{\"lastName\":\"Other\",\"email\":\"kari@dup.example\"}")
                .expect(201);
    }

    @Test
    void likelyDuplicatesAreFoundByPhoneAndBySimilarNameAtTheSameCompany() {
        UUID company = api.createCompany(company("Similar Names AS").country("NO"));
        UUID jonathan = api.createContact(
                contact("Jonathan", "Smithson").companyId(company).phone("+47 913 00 001"));
        api.createContact(contact("Maria", "Olsen").companyId(company));

        JsonNode byName = api.get(
                        "/api/v1/contacts/duplicates?firstName=Jonathon&lastName=Smithson&companyId=" + company)
                .expect(200)
                .json()
                .get("items");
        assertThat(byName.size()).isEqualTo(1);
        assertThat(byName.get(0).get("id").asString()).isEqualTo(jonathan.toString());
        assertThat(byName.get(0).get("reasons").get(0).asString()).isEqualTo("name");
        assertThat(byName.get(0).get("score").asInt()).isBetween(60, 70);

        JsonNode byPhone = api.get("/api/v1/contacts/duplicates?phone=913%2000%20001&country=NO")
                .expect(200)
                .json()
                .get("items");
        assertThat(byPhone.get(0).get("id").asString()).isEqualTo(jonathan.toString());
        assertThat(byPhone.get(0).get("score").asInt()).isEqualTo(80);

        assertThat(api.get("/api/v1/contacts/duplicates?firstName=Jonathan&lastName=Smithson&companyId=" + company
                                + "&id=" + jonathan)
                        .expect(200)
                        .json()
                        .get("items")
                        .size())
                .isZero();

        JsonNode pairs = api.get("/api/v1/contacts/duplicates/pairs?limit=1000")
                .expect(200)
                .json()
                .get("items");
        assertThat(pairs.values())
                .noneMatch(pair -> pair.get("first").get("id").asString().equals(jonathan.toString())
                        && pair.get("second").get("name").asString().equals("Maria Olsen"));
        api.get("/api/v1/contacts/duplicates/pairs?limit=0").expectProblem(400);
    }

    @Test
    void pairsAcrossTheBaseShareAnEmailOrAPhoneBestFirst() {
        UUID a = api.createContact(
                contact("Pair", "One").email("pair@pairs.example").phone("+47 913 00 002"));
        UUID b = api.post(
                        "/api/v1/contacts?force=true",
                        "{\"firstName\":\"Pair\",\"lastName\":\"Two\","
                                + "\"email\":\"pair@pairs.example\",\"phone\":\"+4791300002\"}")
                .expect(201)
                .id();
        JsonNode pairs =
                api.get("/api/v1/contacts/duplicates/pairs").expect(200).json().get("items");
        JsonNode pair = pairs.values().stream()
                .filter(candidate -> candidate.get("first").get("id").asString().equals(a.toString())
                        || candidate.get("second").get("id").asString().equals(a.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(pair.get("reasons").values()).extracting(JsonNode::asString).containsExactly("email", "phone");
        assertThat(pair.get("score").asInt()).isEqualTo(100);
        assertThat(pair.toString()).contains(b.toString());
    }
}
