package io.rapport.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestRecords;
import io.rapport.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What a typed search finds: beginnings of words always, typos only while the words as typed match few records. */
@IntegrationTest
class TextSearchIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aTypoIsForgivenWhileTheWordsAsTypedMatchFewRecords() {
        Api api = TestUsers.admin(port);
        String name = TestRecords.uniqueWord("Zy");
        UUID exact = api.createContact("{\"firstName\":\"Ada\",\"lastName\":\"" + name + "\"}");
        UUID oneTypoAway = api.createContact("{\"firstName\":\"Ada\",\"lastName\":\"" + typo(name) + "\"}");

        assertThat(found(api, name)).containsExactlyInAnyOrder(exact, oneTypoAway);
        assertThat(found(api, name.substring(0, 5))).contains(exact, oneTypoAway);
    }

    @Test
    void typosAreNotLookedForWhenTheWordsAsTypedMatchEnoughRecords() {
        Api api = TestUsers.admin(port);
        String name = TestRecords.uniqueWord("Zx");
        List<UUID> exact = new ArrayList<>();
        for (int i = 0; i < TextSearch.ENOUGH_WITHOUT_TYPOS; i++) {
            exact.add(api.createContact("{\"firstName\":\"Bo" + i + "\",\"lastName\":\"" + name + "\"}"));
        }
        UUID oneTypoAway = api.createContact("{\"firstName\":\"Bo\",\"lastName\":\"" + typo(name) + "\"}");

        List<UUID> found = found(api, name);
        assertThat(found).containsExactlyInAnyOrderElementsOf(exact).doesNotContain(oneTypoAway);
    }

    private static List<UUID> found(Api api, String q) {
        JsonNode page = api.get("/api/v1/contacts?limit=100&q=" + q).expect(200).json();
        List<UUID> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asString())));
        return ids;
    }

    /** The name with its last letter changed: one edit away, and not a beginning of it. */
    private static String typo(String name) {
        char last = name.charAt(name.length() - 1);
        return name.substring(0, name.length() - 1) + (last == 'q' ? 'r' : 'q');
    }
}
