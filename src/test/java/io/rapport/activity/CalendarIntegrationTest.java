package io.rapport.activity;

import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import io.rapport.support.TestUsers.TestUser;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CalendarIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void meetingsAndTasksAreOnTheCalendarAndInTheIcsFeedWhoseAddressIsTheOnlyKey() throws Exception {
        TestUser sales = TestUsers.create(port, "SALES", null);
        Api api = sales.api();
        UUID contact = api.createContact(contact("Calendar"));
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        api.post(
                        "/api/v1/activities",
                        "{\"channel\":\"meeting\",\"subject\":\"Demo, part 2; pricing\",\"occurredAt\":\"" + start
                                + "\",\"endsAt\":\"" + start.plus(1, ChronoUnit.HOURS) + "\",\"location\":\"HQ\","
                                + "\"contactIds\":[\"" + contact + "\"]}")
                .expect(201);
        api.post(
                        "/api/v1/tasks",
                        "{\"title\":\"Send the contract\",\"dueAt\":\"" + start.plus(3, ChronoUnit.HOURS) + "\"}")
                .expect(201);

        JsonNode items = api.get("/api/v1/calendar?from=" + start.minus(1, ChronoUnit.DAYS) + "&to="
                        + start.plus(1, ChronoUnit.DAYS))
                .expect(200)
                .json()
                .get("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("kind").asString()).isEqualTo("meeting");
        assertThat(items.get(0).get("contactId").asString()).isEqualTo(contact.toString());
        assertThat(items.get(1).get("kind").asString()).isEqualTo("task");

        String url = api.post("/api/v1/calendar/feed", "{}")
                .expect(200)
                .json()
                .get("url")
                .asString();
        HttpResponse<String> feed = anonymous(url);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(feed.body())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("SUMMARY:Demo\\, part 2\\; pricing\r\n", "LOCATION:HQ\r\n", "SUMMARY:Task: Send the contract")
                .endsWith("END:VCALENDAR\r\n");

        assertThat(anonymous(url.replace(".ics", "x.ics")).statusCode()).isEqualTo(404);
        String renewed = api.post("/api/v1/calendar/feed", "{}")
                .expect(200)
                .json()
                .get("url")
                .asString();
        assertThat(anonymous(url).statusCode())
                .as("the old address stops working")
                .isEqualTo(404);
        assertThat(anonymous(renewed).statusCode()).isEqualTo(200);
        api.get("/api/v1/calendar?from=2026-01-01T00:00:00Z&to=2028-01-01T00:00:00Z")
                .expectProblem(400);
    }

    /** Unset in the tests, the public address is the server's own: never the Host header the client wrote. */
    @Test
    void theFeedAddressIgnoresAForgedHostHeader() throws Exception {
        TestUser sales = TestUsers.create(port, "SALES", null);
        String token = Api.anonymous(port)
                .post(
                        "/api/v1/auth/tokens",
                        "{\"email\":\"" + sales.email() + "\",\"password\":\"" + TestUsers.PASSWORD
                                + "\",\"name\":\"feed\"}")
                .expect(201)
                .json()
                .get("token")
                .asString();

        String answer = raw("POST /api/v1/calendar/feed HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");

        assertThat(answer)
                .startsWith("HTTP/1.1 200")
                .contains("\"url\":\"http://127.0.0.1:" + port + "/calendar/feed/")
                .doesNotContain("evil.example");
    }

    @Test
    void pagesTellBrowsersToSendNoReferrerToOtherSites() throws Exception {
        HttpResponse<String> page = anonymous("http://127.0.0.1:" + port + "/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void longLinesAreFoldedAndTextEscaped() {
        StringBuilder ics = new StringBuilder();
        IcsCalendar.line(ics, "SUMMARY:" + IcsCalendar.text("x".repeat(100) + "\nnext; line, with \\"));

        assertThat(ics.toString()).startsWith("SUMMARY:" + "x".repeat(67) + "\r\n " + "x".repeat(33));
        assertThat(ics.toString()).contains("\\nnext\\; line\\, with \\\\").endsWith("\r\n");
        assertThat(ics.toString().split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
    }

    /** A request written by hand: Java's HTTP client will not send a Host header of one's choosing. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> anonymous(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
