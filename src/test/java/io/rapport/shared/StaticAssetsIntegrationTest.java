package io.rapport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class StaticAssetsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void thePagesScriptStylesheetAndIconAreServedWhereTheLayoutLinksThem() {
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous.get("/assets/js/rapport.js").expect(200).body()).contains("htmx:configRequest");
        assertThat(anonymous.get("/assets/css/rapport.css").expect(200).contentType())
                .startsWith("text/css");
        assertThat(anonymous.get("/assets/favicon.svg").expect(200).contentType())
                .startsWith("image/svg+xml");
    }
}
