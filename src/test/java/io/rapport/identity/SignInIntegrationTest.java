package io.rapport.identity;

import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Form sign-in as a browser does it, and what the server keeps before and after. */
@IntegrationTest
class SignInIntegrationTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void anonymousRequestsMakeNoSessionAndSigningInReturnsToThePageAskedFor() throws Exception {
        HttpResponse<String> asked = get("/companies?sort=-name");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        HttpResponse<String> loginPage = get("/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(sessionCookies()).as("no server session before sign-in").isZero();

        Matcher csrf = CSRF_FIELD.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = post(
                "/login",
                "username=" + TestUsers.ADMIN_EMAIL + "&password=" + TestUsers.ADMIN_PASSWORD + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        String back = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(back).contains("/companies?sort=-name");
        assertThat(sessionCookies()).isEqualTo(1);
        assertThat(get(URI.create(back).getRawPath() + "?" + URI.create(back).getRawQuery())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aSignInWithoutTheFormsTokenIsRefused() throws Exception {
        get("/login");

        HttpResponse<String> refused =
                post("/login", "username=" + TestUsers.ADMIN_EMAIL + "&password=" + TestUsers.ADMIN_PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(sessionCookies()).isZero();
    }

    @Test
    void aPageParameterThatCannotBeReadIsA400NotAServerError() throws Exception {
        java.util.UUID contact = TestUsers.admin(port).createContact(contact("Paged"));
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        assertThat(get("/timeline/contact/" + contact).statusCode()).isEqualTo(200);
        assertThat(get("/timeline/contact/" + contact + "?cursor=not-a-cursor").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theApiDescriptionIsForSignedInUsersAndSwaggerUiForAdministrators() throws Exception {
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(302);

        TestUsers.TestUser sales = TestUsers.create(port, "SALES", null);
        signIn(sales.email(), TestUsers.PASSWORD);
        HttpResponse<String> description = get("/v3/api-docs");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body())
                .contains("\"openapi\"", "\"/api/v1/contacts\"", "\"/api/v1/companies\"", "\"/api/v1/emails\"");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(403);

        cookies.getCookieStore().removeAll();
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> swagger = get("/swagger-ui/index.html");
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui");
    }

    private void signIn(String email, String password) throws IOException, InterruptedException {
        Matcher csrf = CSRF_FIELD.matcher(get("/login").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = post(
                "/login",
                "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + password + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    private long sessionCookies() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .count();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
