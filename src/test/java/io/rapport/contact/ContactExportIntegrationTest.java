package io.rapport.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ContactExportIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theListStreamsAsCsvWithItsFiltersAndFormulasNeutralised() {
        Api api = TestUsers.admin(port);
        for (int i = 0; i < 205; i++) {
            api.createContact(
                    "{\"firstName\":\"Export\",\"lastName\":\"Person " + i + "\",\"tags\":[\"export-test\"]}");
        }
        api.createContact("{\"firstName\":\"Evil\",\"lastName\":\"=cmd|' /C calc'!A0\",\"tags\":[\"export-test\"],"
                + "\"city\":\"Oslo, Norway\"}");

        Api.Response export =
                api.get("/api/v1/contacts/export?format=csv&tag=export-test").expect(200);
        assertThat(export.contentType()).startsWith("text/csv");
        String[] lines = export.body().split("\r\n");
        assertThat(lines).hasSize(1 + 206);
        assertThat(lines[0]).startsWith("id,firstName,lastName,email,emails,phone,phones,jobTitle,companyId");
        assertThat(export.body()).contains(",Evil,'=cmd|' /C calc'!A0,").contains("\"Oslo, Norway\"");

        api.get("/api/v1/contacts/export?format=xlsx").expectProblem(400);
    }
}
