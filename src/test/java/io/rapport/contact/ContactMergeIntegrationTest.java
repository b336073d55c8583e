package io.rapport.contact;

import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.AdminApiIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactMergeIntegrationTest extends AdminApiIntegrationTest {

    @Test
    void mergingKeepsEveryEmailAndTagFillsBlanksHonoursPicksAndCanBeUndone() {
        UUID survivor = api.createContact(contact("Merete", "Merge")
                .email("merete@merge.example")
                .city("Bergen")
                .tags("vip"));
        UUID merged = api.createContact(contact("Merethe", "Merge")
                .email("mm@merge.example")
                .phone("+47 913 00 003")
                .jobTitle("CFO")
                .city("Oslo")
                .tags("partner", "VIP"));

        JsonNode result = api.post(
                        "/api/v1/contacts/merge",
                        "{\"survivorId\":\"" + survivor + "\",\"mergedIds\":[\"" + merged + "\"],"
                                + "\"fields\":{\"city\":\"" + merged + "\"}}")
                .expect(200)
                .json();
        JsonNode contact = result.get("survivor");
        assertThat(contact.get("firstName").asString()).isEqualTo("Merete");
        assertThat(contact.get("jobTitle").asString()).isEqualTo("CFO");
        assertThat(contact.get("city").asString()).isEqualTo("Oslo");
        assertThat(contact.get("emails").values())
                .extracting(JsonNode::asString)
                .containsExactly("merete@merge.example", "mm@merge.example");
        assertThat(contact.get("phonesE164").values())
                .extracting(JsonNode::asString)
                .containsExactly("+4791300003");
        assertThat(contact.get("tags").values()).extracting(JsonNode::asString).containsExactly("vip", "partner");

        JsonNode gone = api.get("/api/v1/contacts/" + merged).expect(200).json();
        assertThat(gone.get("deletedAt").isNull()).isFalse();
        assertThat(gone.get("mergedIntoId").asString()).isEqualTo(survivor.toString());

        JsonNode history =
                api.get("/api/v1/history/contact/" + survivor).expect(200).json();
        assertThat(history.toString())
                .contains("MERGED")
                .contains(result.get("mergeId").asString());

        JsonNode undone = api.post(
                        "/api/v1/contacts/merges/" + result.get("mergeId").asString() + "/undo", null)
                .expect(200)
                .json();
        assertThat(undone.get("jobTitle").isNull()).isTrue();
        assertThat(undone.get("city").asString()).isEqualTo("Bergen");
        assertThat(undone.get("emails").values())
                .extracting(JsonNode::asString)
                .containsExactly("merete@merge.example");
        JsonNode back = api.get("/api/v1/contacts/" + merged).expect(200).json();
        assertThat(back.get("deletedAt").isNull()).isTrue();
        assertThat(back.get("mergedIntoId").isNull()).isTrue();

        api.post("/api/v1/contacts/merges/" + result.get("mergeId").asString() + "/undo", null)
                .expectProblem(400);
    }

    @Test
    void badMergeRequestsNameWhatIsWrong() {
        UUID a = api.createContact(contact("Bad Merge A"));
        UUID b = api.createContact(contact("Bad Merge B"));
        assertThat(api.post("/api/v1/contacts/merge", "{\"survivorId\":\"" + a + "\",\"mergedIds\":[\"" + a + "\"]}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactly("mergedIds");
        assertThat(api.post(
                                "/api/v1/contacts/merge",
                                "{\"survivorId\":\"" + a + "\",\"mergedIds\":[\"" + b + "\"],\"fields\":{\"emails\":\""
                                        + b + "\",\"city\":\"" + UUID.randomUUID() + "\"}}")
                        .expectProblem(400)
                        .errorFields())
                .containsExactlyInAnyOrder("fields.emails", "fields.city");
        api.post(
                        "/api/v1/contacts/merge",
                        "{\"survivorId\":\"" + a + "\",\"mergedIds\":[\"" + UUID.randomUUID() + "\"]}")
                .expectProblem(404);
        api.post("/api/v1/contacts/merges/" + UUID.randomUUID() + "/undo", null).expectProblem(404);
        assertThat(api.get("/api/v1/contacts/" + b).json().get("deletedAt").isNull())
                .isTrue();
    }
}
