package io.rapport.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestRecords;
import io.rapport.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search index's contract (strategy read-sync, files committed once a second): a write is searchable as soon
 * as it returns, and a change the index lost (as a crash loses the changes since its last commit) is put back by
 * the start-up repair.
 */
@IntegrationTest
class SearchIndexRepairIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexRepair repair;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCreatedOrChangedContactIsFoundByTheNextSearch() {
        Api api = TestUsers.admin(port);
        String first = TestRecords.uniqueWord("Quillon");
        UUID id = api.createContact("{\"firstName\":\"" + first + "\",\"lastName\":\"Ashgrove\"}");
        assertThat(api.get("/api/v1/contacts?q=" + first).expect(200).body()).contains(id.toString());

        String renamed = TestRecords.uniqueWord("Marrowby");
        api.patch("/api/v1/contacts/" + id, "{\"firstName\":\"" + renamed + "\"}")
                .expect(200);
        assertThat(api.get("/api/v1/contacts?q=" + renamed).expect(200).body()).contains(id.toString());
        assertThat(api.get("/api/v1/contacts?q=" + first).expect(200).body()).doesNotContain(id.toString());
    }

    @Test
    void aChangeTheIndexLostIsIndexedAgainByTheRepair() {
        Api api = TestUsers.admin(port);
        UUID id = api.createContact(
                "{\"firstName\":\"" + TestRecords.uniqueWord("Tessaly") + "\",\"lastName\":\"Brindle\"}");
        // A change written behind the index's back, as a crash leaves one the index's last commit did not hold.
        String lost = TestRecords.uniqueWord("Orvanne");
        jdbc.sql("update contact set first_name = :name, updated_at = now() where id = :id")
                .param("name", lost)
                .param("id", id)
                .update();
        assertThat(api.get("/api/v1/contacts?q=" + lost).expect(200).body()).doesNotContain(id.toString());

        repair.repair();

        assertThat(api.get("/api/v1/contacts?q=" + lost).expect(200).body()).contains(id.toString());
    }
}
