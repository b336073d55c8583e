package io.rapport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.shared.web.JsonMergePatch;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The examples of RFC 7396, section 3. */
class JsonMergePatchTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void followsTheRfcExample() {
        JsonNode target =
                json.readTree("{\"title\":\"Goodbye!\",\"author\":{\"givenName\":\"John\",\"familyName\":\"Doe\"},"
                        + "\"tags\":[\"example\",\"sample\"],\"content\":\"This will be unchanged\"}");
        JsonNode patch = json.readTree(
                "{\"title\":\"Hello!\",\"phoneNumber\":\"+01-123-456-7890\",\"author\":{\"familyName\":null},"
                        + "\"tags\":[\"example\"]}");
        assertThat(JsonMergePatch.apply(target, patch))
                .isEqualTo(json.readTree(
                        "{\"title\":\"Hello!\",\"author\":{\"givenName\":\"John\"},\"tags\":[\"example\"],"
                                + "\"content\":\"This will be unchanged\",\"phoneNumber\":\"+01-123-456-7890\"}"));
    }

    @Test
    void leavesTheTargetAlone() {
        JsonNode target = json.readTree("{\"a\":\"b\"}");
        JsonMergePatch.apply(target, json.readTree("{\"a\":null}"));
        assertThat(target.get("a").asString()).isEqualTo("b");
    }
}
