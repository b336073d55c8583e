package io.rapport.identity;

import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Form sign-in as a browser does it, and what the server keeps before and after. */
@IntegrationTest
class SignInIntegrationTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    // The description itself is public: OpenApiDocumentIntegrationTest.
    void swaggerUiIsForAdministrators() throws Exception {
        TestUsers.TestUser sales = TestUsers.create(port, "SALES", null);
        signIn(sales.email(), TestUsers.PASSWORD);
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(403);

        cookies.getCookieStore().removeAll();
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> swagger = get("/swagger-ui/index.html");
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui");
    }

    @Test
    void theSignInFormIsThrottledAfterTheFreeAttempts() throws Exception {
        TestUsers.TestUser user = TestUsers.create(port, "SALES", null);
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertThat(formSignIn(user.email(), "wrong-password")).endsWith("/login?error");
        }

        String refused = formSignIn(user.email(), TestUsers.PASSWORD);

        assertThat(refused).contains("/login?throttled=");
        assertThat(sessionCookies()).as("not signed in").isZero();
        assertThat(get("/contacts").statusCode()).isEqualTo(302);
        assertThat(get(URI.create(refused).getRawPath() + "?"
                                + URI.create(refused).getRawQuery())
                        .body())
                .containsPattern("Too many failed sign-ins for this email\\. Try again in [56] seconds\\.");
        assertThat(jdbc.sql("select count(*) from security_event where kind = 'SIGN_IN_FAILED' and principal = :email"
                                + " and detail like 'Too many failed sign-ins%'")
                        .param("email", user.email())
                        .query(Integer.class)
                        .single())
                .as("the refused attempt is in the security log")
                .isEqualTo(1);
    }

    @Test
    void aBlockEarnedAtTheTokenEndpointAlsoBlocksTheSignInForm() throws Exception {
        TestUsers.TestUser user = TestUsers.create(port, "SALES", null);
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            Api.anonymous(port)
                    .post("/api/v1/auth/tokens", tokenRequest(user.email(), "wrong-password"))
                    .expectProblem(401);
        }

        assertThat(formSignIn(user.email(), TestUsers.PASSWORD)).contains("/login?throttled=");
        assertThat(sessionCookies()).isZero();
    }

    @Test
    void aBlockEarnedThroughTheSignInFormAlsoBlocksTheTokenEndpoint() throws Exception {
        TestUsers.TestUser user = TestUsers.create(port, "SALES", null);
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertThat(formSignIn(user.email(), "wrong-password")).endsWith("/login?error");
        }

        HttpResponse<String> refused = browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(tokenRequest(user.email(), TestUsers.PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 6L));
        assertThat(refused.body()).contains("\"status\":429", "Too many failed sign-ins");
    }

    @Test
    void aDisabledUsersOpenSessionsAreRefusedAtTheirNextRequest() throws Exception {
        TestUsers.TestUser sales = TestUsers.create(port, "SALES", null);
        Session page = new Session();
        Session htmx = new Session();
        page.signIn(sales.email(), TestUsers.PASSWORD);
        htmx.signIn(sales.email(), TestUsers.PASSWORD);
        assertThat(page.get("/contacts").statusCode()).isEqualTo(200);
        assertThat(page.get("/contacts/export?format=csv").statusCode()).isEqualTo(200);
        assertThat(htmx.get("/contacts", "HX-Request", "true").statusCode()).isEqualTo(200);

        TestUsers.admin(port).delete("/api/v1/users/" + sales.id()).expect(204);

        HttpResponse<String> refused = page.get("/contacts/export?format=csv");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        HttpResponse<String> fragment = htmx.get("/contacts", "HX-Request", "true");
        assertThat(fragment.statusCode()).isEqualTo(401);
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/login");
        assertThat(fragment.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(fragment.body()).contains("\"status\":401");

        // The sessions ended: enabling the user again does not bring them back.
        TestUsers.admin(port)
                .patch("/api/v1/users/" + sales.id(), "{\"enabled\":true}")
                .expect(200);
        assertThat(page.get("/contacts").statusCode()).isEqualTo(302);
        assertThat(htmx.get("/contacts").statusCode()).isEqualTo(302);
    }

    @Test
    void aUserDemotedToReadOnlyCannotPostAFormAtTheirNextRequest() throws Exception {
        TestUsers.TestUser sales = TestUsers.create(port, "SALES", null);
        Session session = new Session();
        session.signIn(sales.email(), TestUsers.PASSWORD);
        assertThat(session.postForm("/contacts", "lastName=Written").statusCode())
                .isEqualTo(302);

        TestUsers.admin(port)
                .patch("/api/v1/users/" + sales.id(), "{\"role\":\"READ_ONLY\"}")
                .expect(200);

        assertThat(session.postForm("/contacts", "lastName=Refused").statusCode())
                .isEqualTo(403);
        assertThat(session.get("/contacts").statusCode()).as("still reads").isEqualTo(200);
        assertThat(TestUsers.admin(port)
                        .get("/api/v1/contacts?q=Refused&ownerId=" + sales.id())
                        .json()
                        .get("items")
                        .size())
                .isZero();

        // Promoted back by another node: straight in the database, nothing said to this one.
        jdbc.sql("update app_user set role = 'SALES' where id = :id")
                .param("id", sales.id())
                .update();
        assertThat(session.postForm("/contacts", "lastName=WrittenAgain").statusCode())
                .as("the same session, promoted back")
                .isEqualTo(302);
    }

    /** A browser of its own: its cookies, its session. */
    private final class Session {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        void signIn(String email, String password) throws IOException, InterruptedException {
            HttpResponse<String> signedIn = postForm(
                    "/login",
                    "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8));
            assertThat(signedIn.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
        }

        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/html");
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts a form with the CSRF token of a freshly loaded page, as a browser would. */
        HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
            Matcher csrf = CSRF_FIELD.matcher(get("/login").body());
            assertThat(csrf.find()).isTrue();
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Posts the sign-in form with a fresh CSRF token and answers where it sends the browser. */
    private String formSignIn(String email, String password) throws IOException, InterruptedException {
        Matcher csrf = CSRF_FIELD.matcher(get("/login").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> answer = post(
                "/login",
                "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static String tokenRequest(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"x\"}";
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
