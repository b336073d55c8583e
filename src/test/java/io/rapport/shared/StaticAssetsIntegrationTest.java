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
    void thePagesScriptAndStylesheetAreServedWhereTheLayoutLinksThem() {
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous.get("/assets/js/rapport.js").expect(200).body()).contains("htmx:configRequest");
        assertThat(anonymous.get("/assets/css/rapport.css").expect(200).contentType())
                .startsWith("text/css");
    }
}
