package io.rapport.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the REST API over a real socket, signed in with a bearer token (or not at all). */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String token;

    private Api(int port, String token) {
        this.port = port;
        this.token = token;
    }

    public static Api anonymous(int port) {
        return new Api(port, null);
    }

    public static Api withToken(int port, String token) {
        return new Api(port, token);
    }

    /** Signs in through {@code POST /api/v1/auth/tokens} and uses the issued token. */
    public static Api signIn(int port, String email, String password) {
        Response response = anonymous(port)
                .post(
                        "/api/v1/auth/tokens",
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"test\"}")
                .expect(201);
        return withToken(port, response.json().get("token").asString());
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** The body of a 200 answer as bytes, for files (an Excel export). */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response =
                    HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("status of GET %s", path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Response patch(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", body(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any request, for the error cases: odd methods, content types and bodies. */
    public Response send(String method, String path, String contentType, String rawBody) {
        HttpRequest.Builder builder = request(path).method(method, body(rawBody));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** A multipart upload of one file, as field {@code file}, to a path that may carry query parameters. */
    public Response upload(String path, String fileName, byte[] content) {
        return upload(path, fileName, "application/octet-stream", content);
    }

    /** The same with the part's content type. */
    public Response upload(String path, String fileName, String contentType, byte[] content) {
        String boundary = "rapport-test-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public UUID createContact(String json) {
        return post("/api/v1/contacts", json).expect(201).id();
    }

    public UUID createCompany(String json) {
        return post("/api/v1/companies", json).expect(201).id();
    }

    public UUID createContact(TestRecords.Contact contact) {
        return createContact(contact.json());
    }

    public UUID createCompany(TestRecords.Company company) {
        return createCompany(company.json());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response, with helpers to assert on it. */
    public record Response(int status, String contentType, String location, String body) {

        public Response expect(int expected) {
            assertThat(status).as("status of a response with body %s", body).isEqualTo(expected);
            return this;
        }

        /** Asserts an RFC 9457 problem with this status. */
        public Response expectProblem(int expected) {
            expect(expected);
            assertThat(contentType).startsWith("application/problem+json");
            assertThat(json().get("status").asInt()).isEqualTo(expected);
            assertThat(json().get("title").asString()).isNotBlank();
            return this;
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public UUID id() {
            return UUID.fromString(json().get("id").asString());
        }

        /** The fields named in a validation problem's {@code errors}. */
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
            return fields;
        }
    }
}
