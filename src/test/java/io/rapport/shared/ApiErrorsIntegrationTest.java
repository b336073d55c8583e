package io.rapport.shared;

import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.AdminApiIntegrationTest;
import io.rapport.support.Api;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every kind of bad request answers {@code application/problem+json}, names the field, and stores nothing. */
class ApiErrorsIntegrationTest extends AdminApiIntegrationTest {

    @Test
    void unauthenticatedAndBadTokenAre401() {
        Api.anonymous(port).get("/api/v1/contacts").expectProblem(401);
        Api.withToken(port, "rpt_not-a-real-token").get("/api/v1/contacts").expectProblem(401);
        Api.anonymous(port).get("/api/v1/no-such-thing").expectProblem(401);
    }

    @Test
    void unknownPathsAndRecordsAre404() {
        api.get("/api/v1/no-such-thing").expectProblem(404);
        api.get("/api/v1/contacts/" + UUID.randomUUID()).expectProblem(404);
        api.get("/api/v1/companies/" + UUID.randomUUID()).expectProblem(404);
    }

    @Test
    void wrongMethodIs405AndWrongMediaTypeIs415() {
        api.send("PUT", "/api/v1/contacts", "application/json", "{}").expectProblem(405);
        api.send("POST", "/api/v1/contacts", "text/plain", "lastName=x").expectProblem(415);
    }

    @Test
    void malformedJsonIs400() {
        api.send("POST", "/api/v1/contacts", "application/json", "{\"lastName\": ")
                .expectProblem(400);
    }

    @Test
    void unknownFieldsAndWrongTypesNameTheField() {
        assertThat(api.post("/api/v1/contacts", contact("A").set("shoeSize", 44).json())
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("shoeSize");
        assertThat(api.post(
                                "/api/v1/contacts",
                                contact("A").birthDate("yesterday").json())
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("birthDate");
        assertThat(api.post(
                                "/api/v1/companies",
                                company("A").set("annualRevenue", "lots").json())
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("annualRevenue");
    }

    @Test
    void invalidValuesListEveryField() {
        String longName = "x".repeat(101);
        Api.Response response = api.post(
                        "/api/v1/contacts",
                        contact(longName).email("not-an-email").phone("call me").json())
                .expectProblem(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("lastName", "email", "phone");
        assertThat(api.get("/api/v1/contacts?email=not-an-email")
                        .json()
                        .get("items")
                        .size())
                .isZero();
    }

    @Test
    void unknownReferencesAre400() {
        assertThat(api.post(
                                "/api/v1/contacts",
                                contact("A").companyId(UUID.randomUUID()).json())
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("companyId");
        assertThat(api.post(
                                "/api/v1/companies",
                                company("A").ownerId(UUID.randomUUID()).json())
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("ownerId");
    }

    @Test
    void listParametersAreChecked() {
        assertThat(api.get("/api/v1/contacts?limit=10000").expectProblem(400).errorFields())
                .containsExactly("limit");
        assertThat(api.get("/api/v1/contacts?cursor=bm9wZQ").expectProblem(400).errorFields())
                .containsExactly("cursor");
        assertThat(api.get("/api/v1/contacts?sort=password").expectProblem(400).errorFields())
                .containsExactly("sort");
        assertThat(api.get("/api/v1/contacts/not-a-uuid").expectProblem(400).errorFields())
                .containsExactly("id");
    }

    @Test
    void aCompanyCannotBecomeItsOwnAncestor() {
        UUID parent = api.createCompany(company("Holding"));
        UUID child = api.createCompany(company("Subsidiary").parentId(parent));
        assertThat(api.patch("/api/v1/companies/" + parent, "{\"parentId\":\"" + child + "\"}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("parentId");
        assertThat(api.get("/api/v1/companies?parentId=" + parent)
                        .json()
                        .get("items")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(child.toString());
    }
}
