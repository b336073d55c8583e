package io.rapport.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What an import gives back: its error file fixed and imported again, and its rows as soon as it is done. */
@IntegrationTest
class ImportRoundTripIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theErrorFileFixedAndImportedAgainLosesTheSpreadsheetGuard() {
        Api api = TestUsers.admin(port);
        String tag = "r" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "Email,Last Name,Phone\nnot-an-email-" + tag + ",Guarded,+47 415 22 345\n";
        JsonNode first = ImportIntegrationTest.run(api, "guard.csv", csv.getBytes(StandardCharsets.UTF_8), "");
        assertThat(first.get("failed").asLong()).isEqualTo(1);
        String errors = api.get("/api/v1/imports/" + first.get("id").asString() + "/errors")
                .expect(200)
                .body();
        assertThat(errors).contains("\"'+47 415 22 345\"");

        String fixed = errors.replace("not-an-email-" + tag, "fixed@" + tag + ".example");
        JsonNode second =
                ImportIntegrationTest.run(api, "guard-errors.csv", fixed.getBytes(StandardCharsets.UTF_8), "");

        assertThat(second.get("created").asLong()).isEqualTo(1);
        JsonNode contact = api.get("/api/v1/contacts?email=fixed@" + tag + ".example")
                .expect(200)
                .json()
                .get("items")
                .get(0);
        assertThat(contact.get("phone").asString()).isEqualTo("+47 415 22 345");
    }

    @Test
    void aPhonePossibleButNotAssignedIsImportedAsTypedAndNamedInTheResult() {
        Api api = TestUsers.admin(port);
        String tag = "u" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "Email,Last Name,Country,Phone\n"
                + "ok@" + tag + ".example,Fine,NO,+47 412 34 567\n"
                + "drama@" + tag + ".example,Drama,US,+44 7700 900123\n"
                + "short@" + tag + ".example,Short,US,+44 12\n";
        JsonNode done = ImportIntegrationTest.run(api, "phones.csv", csv.getBytes(StandardCharsets.UTF_8), "");

        assertThat(done.get("created").asLong()).isEqualTo(2);
        assertThat(done.get("failed").asLong()).isEqualTo(1);
        assertThat(done.get("unverifiedPhones").asLong()).isEqualTo(1);
        assertThat(done.get("unverifiedPhoneRows").toString()).isEqualTo("[2]");
        JsonNode drama = api.get("/api/v1/contacts?email=drama@" + tag + ".example")
                .expect(200)
                .json()
                .get("items")
                .get(0);
        assertThat(drama.get("phone").asString()).isEqualTo("+44 7700 900123");
        String errors = api.get("/api/v1/imports/" + done.get("id").asString() + "/errors")
                .expect(200)
                .body();
        // The region judged is the number's own (+44), not the row's country.
        assertThat(errors).contains("'+44 12' is not a valid phone number in GB");
    }

    @Test
    void whenAnImportIsDoneASearchFindsItsLastRow() {
        Api api = TestUsers.admin(port);
        String tag = "s" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email\n");
        int rows = ImportRunner.BATCH * 2 + 500;
        for (int i = 1; i <= rows; i++) {
            String last = i == rows ? "Lastrow" + tag : "Row" + tag + "n" + i;
            csv.append("Anne,")
                    .append(last)
                    .append(",r")
                    .append(i)
                    .append('@')
                    .append(tag)
                    .append(".example\n");
        }
        JsonNode done =
                ImportIntegrationTest.run(api, "many.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "");
        assertThat(done.get("created").asLong()).isEqualTo(rows);

        // No waiting: "done" means searchable.
        assertThat(api.get("/api/v1/contacts?q=Lastrow" + tag)
                        .expect(200)
                        .json()
                        .get("items"))
                .hasSize(1);
    }
}
