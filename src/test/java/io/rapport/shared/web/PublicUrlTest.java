package io.rapport.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.shared.InvalidSettingException;
import io.rapport.shared.RapportProperties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PublicUrlTest {

    @Test
    void theConfiguredAddressIsTheBaseWithoutItsTrailingSlash() {
        PublicUrl url = new PublicUrl(properties("https://crm.example.com/rapport/"), new MockEnvironment());

        assertThat(url.of("/calendar/feed/abc.ics")).isEqualTo("https://crm.example.com/rapport/calendar/feed/abc.ics");
    }

    @Test
    void unsetItIsTheServersOwnAddress() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("server.address", "0.0.0.0")
                .withProperty("local.server.port", "8443");

        assertThat(new PublicUrl(properties(null), environment).of("/x")).isEqualTo("http://localhost:8443/x");
    }

    @Test
    void anAddressThatIsNotHttpStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new PublicUrl(properties("javascript:alert(1)"), new MockEnvironment()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("rapport.public-url");
        assertThatThrownBy(() -> new PublicUrl(properties("https://crm.example.com/?a=b"), new MockEnvironment()))
                .isInstanceOf(InvalidSettingException.class);
    }

    private static RapportProperties properties(String publicUrl) {
        return new RapportProperties(
                Path.of("data"),
                new RapportProperties.Db(null, null, null, 0),
                new RapportProperties.Admin(null, null),
                false,
                "US",
                new RapportProperties.Attachments(null),
                null,
                publicUrl);
    }
}
