package io.rapport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The running application's OpenAPI description, linted by Redocly CLI: no error allowed. */
@IntegrationTest
class OpenApiLintIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void redoclyFindsNoErrorInTheDescription() throws Exception {
        String description = Api.anonymous(port).get("/v3/api-docs").expect(200).body();
        Path document = Path.of("target/openapi/openapi.json");
        Files.createDirectories(document.getParent());
        Files.writeString(document, description);

        Redocly.Lint lint = Redocly.lint(document);

        assertThat(lint.exitCode())
                .as("Redocly lint of %s:%n%s", document, lint.output())
                .isZero();
    }
}
