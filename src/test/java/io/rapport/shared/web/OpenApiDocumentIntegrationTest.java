package io.rapport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description: readable by API clients, and saying what the API really does. */
@IntegrationTest
class OpenApiDocumentIntegrationTest {

    private static final String PROBLEM = "#/components/schemas/ProblemDetail";

    @LocalServerPort
    int port;

    @Test
    void anApiTokenReadsTheDescriptionAsJson() {
        TestUsers.TestUser sales = TestUsers.create(port, "SALES", null);
        Api.Response description =
                Api.signIn(port, sales.email(), TestUsers.PASSWORD).get("/v3/api-docs");

        description.expect(200);
        assertThat(description.contentType()).startsWith("application/json");
        assertThat(description.json().get("openapi").asString()).startsWith("3.");
    }

    @Test
    void aClientWithoutCredentialsGetsTheDescriptionNotTheSignInPage() {
        Api.Response description = Api.anonymous(port).get("/v3/api-docs");

        description.expect(200);
        assertThat(description.contentType()).startsWith("application/json");
        assertThat(description.json().get("paths").has("/api/v1/contacts")).isTrue();
    }

    @Test
    void errorsAreProblemDetailsWhereTheyOccur() {
        JsonNode paths = description().get("paths");
        JsonNode create = paths.get("/api/v1/contacts").get("post").get("responses");
        JsonNode list = paths.get("/api/v1/contacts").get("get").get("responses");
        JsonNode get = paths.get("/api/v1/contacts/{id}").get("get").get("responses");

        assertThat(create.propertyNames()).contains("201", "400", "401", "403", "409", "415");
        assertThat(create.get("409")
                        .get("content")
                        .get("application/problem+json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .isEqualTo(PROBLEM);
        assertThat(list.propertyNames()).contains("200", "400", "401").doesNotContain("403", "404", "415");
        assertThat(get.propertyNames()).contains("200", "401", "404").doesNotContain("403");
        assertThat(paths.get("/api/v1/users").get("get").get("responses").propertyNames())
                .as("administrators only")
                .contains("403");
        assertThat(paths.get("/api/v1/exports").get("post").get("responses").propertyNames())
                .as("open to read-only users")
                .doesNotContain("403");
    }

    @Test
    void theTokenEndpointNeedsNoTokenAndSaysWhenItThrottles() {
        JsonNode issue = description().get("paths").get("/api/v1/auth/tokens").get("post");

        assertThat(issue.get("security").get(0).isEmpty())
                .as("no security requirement")
                .isTrue();
        assertThat(issue.get("responses").propertyNames()).contains("201", "400", "401", "429");
    }

    @Test
    void filesAreMultipartAndPatchesDescribeTheirRecord() {
        JsonNode paths = description().get("paths");
        JsonNode upload =
                paths.get("/api/v1/activities/{activityId}/attachments").get("post");
        JsonNode patch = paths.get("/api/v1/contacts/{id}").get("patch").get("requestBody");

        assertThat(upload.get("requestBody").get("content").propertyNames()).containsExactly("multipart/form-data");
        assertThat(upload.get("responses").propertyNames()).contains("201", "413");
        assertThat(patch.get("content")
                        .get("application/merge-patch+json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/ContactInput");
    }

    @Test
    void operationIdsAreTheirOwnNotSpringdocsNumbered() {
        List<String> ids = new ArrayList<>();
        description()
                .get("paths")
                .forEach(item -> item.forEach(operation -> {
                    ids.add(operation.get("operationId").asString());
                    assertThat(operation.get("summary")).isNotNull();
                }));

        assertThat(ids)
                .contains("listContacts", "listCompanies", "createContact")
                .allMatch(id -> !id.contains("_"));
    }

    private JsonNode description() {
        return Api.anonymous(port).get("/v3/api-docs").expect(200).json();
    }
}
