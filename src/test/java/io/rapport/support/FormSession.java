package io.rapport.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's session without the browser: signed in through the sign-in form, its cookies kept, CSRF sent. */
public final class FormSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;
    private String csrf;

    private FormSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** Signs in through the sign-in form; fails the test when the form does not take the password. */
    public static FormSession signIn(int port, String email, String password) {
        FormSession session = new FormSession(port);
        session.get("/login");
        HttpResponse<String> signedIn = session.post(
                "/login",
                "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return session;
    }

    /** A page; its CSRF token, if it has a form, is kept for the next post. */
    public HttpResponse<String> get(String path) {
        return get(path, false);
    }

    /** A page, or with {@code htmx} the fragment htmx asks for (header {@code HX-Request}). */
    public HttpResponse<String> get(String path, boolean htmx) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
        if (htmx) {
            request.header("HX-Request", "true");
        }
        HttpResponse<String> response = send(request.build());
        Matcher field = CSRF_FIELD.matcher(response.body());
        if (field.find()) {
            csrf = field.group(1);
        }
        return response;
    }

    /** A JSON document the session may read (the OpenAPI description), asked for as JSON. */
    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .build());
    }

    /** Posts a form (URL-encoded fields), with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, String form) {
        String body = csrf == null ? form : form + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
