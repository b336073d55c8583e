package io.rapport.activity;

import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.shared.RapportProperties;
import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import io.rapport.support.TestUsers.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AttachmentIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RapportProperties properties;

    @Test
    void aFileIsAttachedListedDownloadedAsItWasAndDeletedWithItsActivity() throws Exception {
        TestUser sales = TestUsers.create(port, "SALES", null);
        UUID activity = activity(sales.api());
        byte[] content = "Offer v2\nPrice: 1 200 EUR\n".getBytes(StandardCharsets.UTF_8);

        JsonNode uploaded = sales.api()
                .upload(attachments(activity), "../../etc/offer.txt", "text/plain", content)
                .expect(201)
                .json();

        assertThat(uploaded.get("fileName").asString()).isEqualTo("offer.txt");
        assertThat(uploaded.get("size").asLong()).isEqualTo(content.length);
        String id = uploaded.get("id").asString();
        assertThat(sales.api().get(attachments(activity)).json().get("items").size())
                .isEqualTo(1);
        assertThat(sales.api().getBytes(attachments(activity) + "/" + id)).isEqualTo(content);
        assertThat(storedFiles()).anyMatch(path -> path.getFileName().toString().equals(id));

        sales.api().delete("/api/v1/activities/" + activity).expect(204);

        assertThat(storedFiles())
                .noneMatch(path -> path.getFileName().toString().equals(id));
        sales.api().get(attachments(activity) + "/" + id).expectProblem(404);
    }

    @Test
    void anHtmlFileIsOfferedAsADownloadThatCannotRunScript() throws Exception {
        Api api = TestUsers.admin(port);
        UUID activity = activity(api);
        String id = api.upload(
                        attachments(activity),
                        "page.html",
                        "text/html",
                        "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8))
                .expect(201)
                .json()
                .get("id")
                .asString();

        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + attachments(activity) + "/" + id))
                                .header("Authorization", "Bearer " + token())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        value -> assertThat(value).startsWith("attachment;").contains("page.html"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(value -> assertThat(value).contains("sandbox"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitAndNothingIsKept() throws Exception {
        Api api = TestUsers.admin(port);
        UUID activity = activity(api);
        long before = storedFiles().count();

        String problem = api.upload(attachments(activity), "big.bin", new byte[50 * 1024 * 1024])
                .expectProblem(413)
                .body();

        assertThat(problem).contains("25MB");
        assertThat(api.get(attachments(activity)).json().get("items").size()).isZero();
        assertThat(storedFiles().count()).isEqualTo(before);
        api.upload(attachments(activity), "empty.txt", new byte[0]).expectProblem(400);
    }

    @Test
    void attachmentsOfAnActivityOutOfReachAreNotFound() {
        TestUser alice = TestUsers.create(port, "SALES", null);
        TestUser bob = TestUsers.create(port, "SALES", null);
        UUID contact = alice.api().createContact(contact("Attached " + UUID.randomUUID()));
        UUID activity = alice.api()
                .post("/api/v1/activities", "{\"channel\":\"note\",\"contactIds\":[\"" + contact + "\"]}")
                .expect(201)
                .id();
        alice.api()
                .upload(attachments(activity), "a.txt", "hi".getBytes(StandardCharsets.UTF_8))
                .expect(201);

        io.rapport.identity.VisibilityChanges.change(
                visibility, io.rapport.identity.Role.SALES, "contact", io.rapport.identity.VisibilityScope.OWN);
        try {
            bob.api().get(attachments(activity)).expectProblem(404);
            bob.api()
                    .upload(attachments(activity), "b.txt", "x".getBytes(StandardCharsets.UTF_8))
                    .expectProblem(404);
        } finally {
            io.rapport.identity.VisibilityChanges.change(
                    visibility, io.rapport.identity.Role.SALES, "contact", io.rapport.identity.VisibilityScope.ALL);
        }
    }

    @Autowired
    io.rapport.identity.Visibility visibility;

    private static UUID activity(Api api) {
        UUID contact = api.createContact(contact("Files " + UUID.randomUUID()));
        return api.post("/api/v1/activities", "{\"channel\":\"email\",\"contactIds\":[\"" + contact + "\"]}")
                .expect(201)
                .id();
    }

    private static String attachments(UUID activity) {
        return "/api/v1/activities/" + activity + "/attachments";
    }

    private String token() {
        return Api.anonymous(port)
                .post(
                        "/api/v1/auth/tokens",
                        "{\"email\":\"" + TestUsers.ADMIN_EMAIL + "\",\"password\":\"" + TestUsers.ADMIN_PASSWORD
                                + "\",\"name\":\"download\"}")
                .json()
                .get("token")
                .asString();
    }

    private Stream<Path> storedFiles() throws java.io.IOException {
        Path root = properties.dataDir().resolve("attachments");
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList().stream();
        }
    }
}
