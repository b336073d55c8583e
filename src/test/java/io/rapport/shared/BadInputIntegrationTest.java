package io.rapport.shared;

import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.AdminApiIntegrationTest;
import io.rapport.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Input that once answered 500 (or Tomcat's own HTML page) answers a 4xx problem: wrong and broken multipart
 * bodies, odd parameter names, NUL characters anywhere, empty ids in id lists, paths Tomcat refuses, and
 * {@code /error} itself. A browser gets the error page instead.
 */
class BadInputIntegrationTest extends AdminApiIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void jsonSentToAMultipartEndpointIs415() {
        api.send("POST", "/api/v1/imports", "application/json", "{\"file\":\"x\"}")
                .expectProblem(415);
        UUID activity = activity();
        api.send("POST", "/api/v1/activities/" + activity + "/attachments", "application/json", "{}")
                .expectProblem(415);
    }

    @Test
    void aTruncatedMultipartBodyIs400() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nlastName\r\nBerg\r\n";
        api.send("POST", "/api/v1/imports", "multipart/form-data; boundary=b", body)
                .expectProblem(400);
        api.send("POST", "/api/v1/activities/" + activity() + "/attachments", "multipart/form-data; boundary=b", body)
                .expectProblem(400);
    }

    @Test
    void emptyAndControlCharacterParameterNamesAre400() {
        api.get("/api/v1/contacts?=x").expectProblem(400);
        api.get("/api/v1/contacts?%01=x").expectProblem(400);
        api.get("/api/v1/contacts?a%00b=x").expectProblem(400);
    }

    @Test
    void aNulCharacterIsRefusedInQueryParametersFormsAndJson() {
        assertThat(api.get("/api/v1/contacts?city=Oslo%00").expectProblem(400).errorFields())
                .containsExactly("city");
        api.get("/api/v1/contacts?q=a%00b").expectProblem(400);
        api.get("/api/v1/contacts?tag=a&tag=b%00").expectProblem(400);
        api.get("/api/v1/contacts?filter=" + encoded("{\"field\":\"city\",\"op\":\"eq\",\"value\":\"a\u0000\"}"))
                .expectProblem(400);
        api.send("POST", "/api/v1/contacts", "application/x-www-form-urlencoded", "lastName=Berg%00")
                .expectProblem(400);
        api.post("/api/v1/contacts", "{\"lastName\":\"Berg\\u0000\"}").expectProblem(400);
        api.post("/api/v1/contacts", "{\"lastName\":\"Berg\",\"customFields\":{\"x\":\"a\\u0000\"}}")
                .expectProblem(400);
        UUID id = api.createContact(contact("Nul"));
        api.patch("/api/v1/contacts/" + id, "{\"city\":\"\\u0000\"}").expectProblem(400);
        // An escaped backslash followed by "u0000" is plain text, not a NUL.
        api.patch("/api/v1/contacts/" + id, "{\"city\":\"C:\\\\u0000\"}").expect(200);
    }

    @Test
    void aNulCharacterInAMultipartFieldOrFileNameIs400() {
        api.upload("/api/v1/imports?start=false&saveMappingAs=a%00", "a.csv", "lastName\nBerg\n".getBytes())
                .expectProblem(400);
        api.upload("/api/v1/imports?start=false", "a\u0000.csv", "lastName\nBerg\n".getBytes())
                .expectProblem(400);
    }

    @Test
    void aJsonBodyOverTheLimitIs413BeforeItIsReadWholeEvenWithoutSignIn() {
        String huge = "{\"lastName\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        api.post("/api/v1/contacts", huge).expectProblem(413);
        Api.anonymous(port).post("/api/v1/contacts", huge).expectProblem(413);
    }

    @Test
    void nullOrEmptyIdsInIdListsAre400NamingTheField() {
        UUID survivor = api.createContact(contact("Survivor"));
        assertThat(api.post("/api/v1/contacts/merge", "{\"survivorId\":\"" + survivor + "\",\"mergedIds\":[null]}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("mergedIds");
        assertThat(api.post(
                                "/api/v1/companies/merge",
                                "{\"survivorId\":\"" + UUID.randomUUID() + "\",\"mergedIds\":[\"\"]}")
                        .expectProblem(400)
                        .errorFields())
                .contains("mergedIds");
        assertThat(api.post(
                                "/api/v1/contacts/merge",
                                "{\"survivorId\":\"" + survivor + "\",\"mergedIds\":[\"" + UUID.randomUUID()
                                        + "\"],\"fields\":{\"city\":null}}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("fields.city");
        assertThat(api.post("/api/v1/tasks", "{\"title\":\"Call\",\"contactIds\":[null]}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("contactIds[0]");
        assertThat(api.post("/api/v1/tasks", "{\"title\":\"Call\",\"companyIds\":[\"\"]}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("companyIds[0]");
        assertThat(api.post("/api/v1/activities", "{\"channel\":\"note\",\"body\":\"x\",\"contactIds\":[null]}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("contactIds[0]");
    }

    @Test
    void pathsTomcatRefusesAnswerAProblem() {
        expectProblem(raw("/api/v1/contacts?q=" + "x".repeat(20_000), "application/json"), 400);
        expectProblem(raw("/api/v1/%2e%2e%2f%2e%2e%2fetc/passwd", "application/json"), 400);
        expectProblem(raw("/%2e%2e%2fetc/passwd", "*/*"), 400);
    }

    @Test
    void theErrorPathItselfIsNotAServerError() {
        expectProblem(raw("/error", "application/json"), 404);
        api.get("/error").expectProblem(404);
    }

    @Test
    void aBrowserGetsTheErrorPageNotAStackTrace() {
        HttpResponse<String> page = raw("/api/v1/contacts?=x", "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        HttpResponse<String> refused = raw("/%2e%2e%2fetc/passwd", "text/html");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.body()).doesNotContain("Apache Tomcat", "Exception");
    }

    private UUID activity() {
        UUID contact = api.createContact(contact("Attached"));
        return api.post(
                        "/api/v1/activities",
                        "{\"channel\":\"note\",\"body\":\"for attachments\",\"contactIds\":[\"" + contact + "\"]}")
                .expect(201)
                .id();
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> raw(String path, String accept) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Accept", accept)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expectProblem(HttpResponse<String> response, int status) {
        new Api.Response(
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""),
                        null,
                        response.body())
                .expectProblem(status);
    }
}
