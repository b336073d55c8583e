package io.rapport.contact;

import static io.rapport.support.TestRecords.contact;
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
    void theListStreamsAsCsvAndExcelWithItsFiltersAndFormulasNeutralised() throws Exception {
        Api api = TestUsers.admin(port);
        for (int i = 0; i < 205; i++) {
            api.createContact(contact("Export", "Person " + i).tags("export-test"));
        }
        api.createContact(
                contact("Evil", "=cmd|' /C calc'!A0").tags("export-test").city("Oslo, Norway"));

        Api.Response export =
                api.get("/api/v1/contacts/export?format=csv&tag=export-test").expect(200);
        assertThat(export.contentType()).startsWith("text/csv");
        String[] lines = export.body().split("\r\n");
        assertThat(lines).hasSize(1 + 206);
        assertThat(lines[0]).startsWith("id,firstName,lastName,email,emails,phone,phones,jobTitle,companyId");
        assertThat(export.body()).contains(",Evil,\"'=cmd|' /C calc'!A0\",").contains("\"Oslo, Norway\"");

        byte[] workbook = api.getBytes("/api/v1/contacts/export?format=xlsx&tag=export-test");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook excel =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            org.apache.poi.ss.usermodel.Sheet sheet = excel.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(206);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            org.apache.poi.ss.usermodel.Cell evil = null;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if ("Evil".equals(row.getCell(1).getStringCellValue())) {
                    evil = row.getCell(2);
                }
            }
            assertThat(evil.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(evil.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
        }

        api.get("/api/v1/contacts/export?format=pdf").expectProblem(400);

        String view = api.post(
                        "/api/v1/views",
                        "{\"name\":\"Evil only\",\"filter\":{\"field\":\"firstName\",\"op\":\"eq\",\"value\":\"evil\"}}")
                .expect(201)
                .json()
                .get("id")
                .asString();
        String[] inView = api.get("/api/v1/contacts/export?tag=export-test&view=" + view)
                .expect(200)
                .body()
                .split("\r\n");
        assertThat(inView).hasSize(2);
        assertThat(inView[1]).contains(",Evil,");
        api.get("/api/v1/contacts/export?view=" + java.util.UUID.randomUUID()).expectProblem(404);
    }
}
