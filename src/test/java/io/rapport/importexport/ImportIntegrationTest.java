package io.rapport.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ImportIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aHubSpotExportWithSemicolonsAndAByteOrderMarkIsMappedNormalisedAndLinkedToCompanies() {
        Api api = TestUsers.admin(port);
        String tag = "hs" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "\uFEFFRecord ID;First Name;Last Name;Email;Phone Number;Company Name;Website URL;Country/Region;"
                + "Lifecycle Stage;Job Title;Tags\n"
                + "101;ADA;LOVELACE;  Ada@" + tag + ".example ;+44 20 7946 0958;Analytical Engines " + tag
                + ";https://www.engines-" + tag + ".example/about;United Kingdom;marketingqualifiedlead;Countess;" + tag
                + "\n"
                + "102;grace;hopper;grace@" + tag + ".example;(202) 555-0143;Analytical Engines " + tag
                + ";;USA;customer;\"Rear Admiral; Navy\";" + tag + "\n";

        JsonNode done = run(api, "hubspot.csv", csv.getBytes(StandardCharsets.UTF_8), "");

        assertThat(done.get("delimiter").asString()).isEqualTo(";");
        assertThat(done.get("mapping").toString())
                .isEqualTo("[\"externalId\",\"firstName\",\"lastName\",\"email\",\"phone\",\"companyName\","
                        + "\"companyWebsite\",\"country\",\"lifecycleStage\",\"jobTitle\",\"tags\"]");
        assertThat(done.get("created").asLong()).isEqualTo(2);
        JsonNode ada = contactWithEmail(api, "ada@" + tag + ".example");
        assertThat(ada.get("firstName").asString()).isEqualTo("Ada");
        assertThat(ada.get("lastName").asString()).isEqualTo("Lovelace");
        assertThat(ada.get("country").asString()).isEqualTo("GB");
        assertThat(ada.get("lifecycleStage").asString()).isEqualTo("lead");
        assertThat(ada.get("phonesE164").get(0).asString()).isEqualTo("+442079460958");
        JsonNode grace = contactWithEmail(api, "grace@" + tag + ".example");
        assertThat(grace.get("jobTitle").asString()).isEqualTo("Rear Admiral; Navy");
        assertThat(grace.get("phonesE164").get(0).asString()).isEqualTo("+12025550143");
        assertThat(grace.get("companyId").asString())
                .isEqualTo(ada.get("companyId").asString());
        JsonNode company = api.get("/api/v1/companies/" + ada.get("companyId").asString())
                .expect(200)
                .json();
        assertThat(company.get("domain").asString()).isEqualTo("engines-" + tag + ".example");
        // The search index takes imported contacts just after their batch commits, on a thread of its own.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get("/api/v1/contacts?q=" + tag)
                                .expect(200)
                                .json()
                                .get("items"))
                        .hasSize(2));
    }

    @Test
    void windows1252GoogleHeadersAndQuotedLineBreaksAreRead() {
        Api api = TestUsers.admin(port);
        String tag = "g" + UUID.randomUUID().toString().substring(0, 8);
        String csv =
                "Name,Given Name,Family Name,E-mail 1 - Value,E-mail 2 - Value,Address 1 - Street,Group Membership\r\n"
                        + "Jürgen Müller,Jürgen,Müller,jm@" + tag + ".example ::: j.mueller@" + tag + ".example,,"
                        + "\"Hauptstraße 1\r\nHinterhaus\",* myContacts ::: " + tag + "\r\n"
                        + "Zoë Ångström,,,zoe@" + tag + ".example,zoe2@" + tag + ".example,,\r\n";

        JsonNode done = run(api, "google.csv", csv.getBytes(Charset.forName("windows-1252")), "");

        assertThat(done.get("encoding").asString()).contains("Windows-1252");
        assertThat(done.get("created").asLong()).isEqualTo(2);
        JsonNode jurgen = contactWithEmail(api, "jm@" + tag + ".example");
        assertThat(jurgen.get("lastName").asString()).isEqualTo("Müller");
        assertThat(jurgen.get("emails").toString()).contains("j.mueller@" + tag + ".example");
        assertThat(jurgen.get("street").asString()).isEqualTo("Hauptstraße 1 Hinterhaus");
        assertThat(jurgen.get("tags").toString()).isEqualTo("[\"" + tag + "\"]");
        JsonNode zoe = contactWithEmail(api, "zoe@" + tag + ".example");
        assertThat(zoe.get("firstName").asString()).isEqualTo("Zoë");
        assertThat(zoe.get("lastName").asString()).isEqualTo("Ångström");
        assertThat(zoe.get("emails")).hasSize(2);
    }

    @Test
    void vCardAndExcelFilesImportLikeCsv() throws Exception {
        Api api = TestUsers.admin(port);
        byte[] vcards =
                getClass().getResourceAsStream("/imports/contacts-v3.vcf").readAllBytes();
        JsonNode cards = run(api, "contacts.vcf", vcards, "&duplicatePolicy=update");
        assertThat(cards.get("format").asString()).isEqualTo("vcard");
        // Two of the cards have made-up 555 numbers: possible, in no assigned range. Kept as typed and counted.
        assertThat(cards.get("created").asLong()).isEqualTo(3);
        assertThat(cards.get("failed").asLong()).isZero();
        assertThat(cards.get("unverifiedPhones").asLong()).isEqualTo(2);
        JsonNode zoe = contactWithEmail(api, "zoe@nordlys.no");
        assertThat(zoe.get("firstName").asString()).isEqualTo("Zoë");
        assertThat(zoe.get("lastName").asString()).isEqualTo("Ångström");
        assertThat(zoe.get("emails").toString()).contains("zoe.angstrom@example.com");

        String tag = "x" + UUID.randomUUID().toString().substring(0, 8);
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Contacts");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            List.of("Email Address", "First Name", "Last Name", "Mobile Phone", "Birthdate")
                    .forEach(title ->
                            header.createCell(header.getPhysicalNumberOfCells()).setCellValue(title));
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("sf@" + tag + ".example");
            row.createCell(1).setCellValue("Sales");
            row.createCell(2).setCellValue("Force");
            row.createCell(3).setCellValue(2024561111d);
            org.apache.poi.ss.usermodel.CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            org.apache.poi.ss.usermodel.Cell birth = row.createCell(4);
            birth.setCellValue(java.time.LocalDate.of(1975, 5, 17));
            birth.setCellStyle(date);
            workbook.write(xlsx);
        }
        JsonNode excel = run(api, "salesforce.xlsx", xlsx.toByteArray(), "");
        assertThat(excel.get("created").asLong()).isEqualTo(1);
        JsonNode person = contactWithEmail(api, "sf@" + tag + ".example");
        assertThat(person.get("birthDate").asString()).isEqualTo("1975-05-17");
        assertThat(person.get("phones").get(0).asString()).isEqualTo("2024561111");
    }

    @Test
    void duplicatesAreSkippedOrUpdatedAndEachImportCanBeUndone() {
        Api api = TestUsers.admin(port);
        String tag = "d" + UUID.randomUUID().toString().substring(0, 8);
        String first = "Email,First Name,Last Name,City\n"
                + "one@" + tag + ".example,One,First,Oslo\n"
                + "two@" + tag + ".example,Two,First,Bergen\n"
                + "TWO@" + tag + ".example,Two,Again,\n";
        JsonNode initial = run(api, "first.csv", first.getBytes(StandardCharsets.UTF_8), "");
        assertThat(initial.get("created").asLong()).isEqualTo(2);
        assertThat(initial.get("skipped").asLong()).isEqualTo(1);

        String second = "Email,First Name,Last Name,City,Phone\n"
                + "one@" + tag + ".example,,Updated,,+47 912 34 567\n"
                + "three@" + tag + ".example,Three,New,Trondheim,\n";
        JsonNode update = run(api, "second.csv", second.getBytes(StandardCharsets.UTF_8), "&duplicatePolicy=update");
        assertThat(update.get("updated").asLong()).isEqualTo(1);
        assertThat(update.get("created").asLong()).isEqualTo(1);
        JsonNode one = contactWithEmail(api, "one@" + tag + ".example");
        assertThat(one.get("firstName").asString()).isEqualTo("One");
        assertThat(one.get("lastName").asString()).isEqualTo("Updated");
        assertThat(one.get("city").asString()).isEqualTo("Oslo");
        assertThat(one.get("phones")).hasSize(1);

        JsonNode skip = run(api, "again.csv", second.getBytes(StandardCharsets.UTF_8), "&duplicatePolicy=skip");
        assertThat(skip.get("skipped").asLong()).isEqualTo(2);
        assertThat(skip.get("created").asLong()).isZero();

        undo(api, update.get("id").asString());
        one = api.get("/api/v1/contacts/" + one.get("id").asString())
                .expect(200)
                .json();
        assertThat(one.get("lastName").asString()).isEqualTo("First");
        assertThat(one.get("phones")).isEmpty();
        assertThat(contactsWithEmail(api, "three@" + tag + ".example")).isEmpty();

        undo(api, initial.get("id").asString());
        assertThat(contactsWithEmail(api, "one@" + tag + ".example")).isEmpty();
        assertThat(api.get("/api/v1/contacts?deleted=true&email=one@" + tag + ".example")
                        .expect(200)
                        .json()
                        .get("items"))
                .hasSize(1);
    }

    @Test
    void rowsThatCannotBeImportedFailAloneAndComeBackInTheErrorFile() {
        Api api = TestUsers.admin(port);
        String tag = "e" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "Email,Last Name,Birthday,Lifecycle Stage\n"
                + "ok@" + tag + ".example,Fine,1980-02-29,lead\n"
                + "not-an-email,Broken,,\n"
                + "late@" + tag + ".example,Late,31.12.2999,\n"
                + "stage@" + tag + ".example,Stage,,=HYPERLINK(\"x\")\n"
                + "long@" + tag + ".example," + "x".repeat(1_000_000) + ",,\n";

        JsonNode done = run(api, "errors.csv", csv.getBytes(StandardCharsets.UTF_8), "");

        assertThat(done.get("created").asLong()).isEqualTo(1);
        assertThat(done.get("failed").asLong()).isEqualTo(4);
        Api.Response errors = api.get("/api/v1/imports/" + done.get("id").asString() + "/errors")
                .expect(200);
        assertThat(errors.contentType()).startsWith("text/csv");
        String[] lines = errors.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("Row,Error,Email,Last Name,Birthday,Lifecycle Stage");
        assertThat(lines[1]).startsWith("2,email: must be a valid email address,not-an-email,Broken");
        assertThat(lines[2]).startsWith("3,birthDate:");
        assertThat(lines[3]).contains("is not a lifecycle stage").contains(",\"'=HYPERLINK");
        assertThat(lines[4]).startsWith("5,lastName:");
        assertThat(lines[4].length()).isLessThan(3_000);
    }

    @Test
    void aDraftPreviewsTheNormalisedRowsAndWritesNothing() {
        Api api = TestUsers.admin(port);
        String tag = "p" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "Mail\tSurname\tLand\n" + "p@" + tag + ".example\tpeters\tnorway\n" + "bad\tx\tnowhere land\n";
        JsonNode draft = api.upload("/api/v1/imports?start=false", "draft.tsv", csv.getBytes(StandardCharsets.UTF_8))
                .expect(201)
                .json();
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.get("delimiter").asString()).isEqualTo("\t");
        assertThat(draft.get("mapping").toString()).isEqualTo("[\"email\",\"lastName\",\"country\"]");

        JsonNode preview = api.post(
                        "/api/v1/imports/" + draft.get("id").asString() + "/preview",
                        "{\"mapping\":[\"email\",\"lastName\",\"country\"]}")
                .expect(200)
                .json()
                .get("items");
        assertThat(preview.get(0).get("outcome").asString()).isEqualTo("create");
        assertThat(preview.get(0).get("values").get("lastName").asString()).isEqualTo("Peters");
        assertThat(preview.get(0).get("values").get("country").asString()).isEqualTo("NO");
        assertThat(preview.get(1).get("outcome").asString()).isEqualTo("fail");
        assertThat(preview.get(1).get("problems").toString()).contains("email").contains("country");
        assertThat(contactsWithEmail(api, "p@" + tag + ".example")).isEmpty();

        api.post("/api/v1/imports/" + draft.get("id").asString() + "/start", "{\"mapping\":[\"email\",\"nope\"]}")
                .expectProblem(400);
    }

    @Test
    void filesThatCannotBeReadAreRefusedWithAMessage() {
        Api api = TestUsers.admin(port);
        assertThat(problem(api, "empty.csv", new byte[0])).contains("empty");
        assertThat(problem(api, "header.csv", "Email,Name\n".getBytes(StandardCharsets.UTF_8)))
                .contains("no rows");
        byte[] binary = new byte[4096];
        new java.util.Random(1).nextBytes(binary);
        assertThat(problem(api, "photo.csv", binary)).contains("not a text");
        String wide = String.join(",", java.util.Collections.nCopies(5_000, "c")) + "\n1\n";
        assertThat(problem(api, "wide.csv", wide.getBytes(StandardCharsets.UTF_8)))
                .contains("5000 columns");
        assertThat(problem(
                        api,
                        "quotes.csv",
                        "Email,Name\na@b.example,\"broken\"quote\"x\n\"open,never closed\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .isNotBlank();
        api.upload("/api/v1/imports?recordType=planet", "x.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8))
                .expectProblem(400);
        assertThat(api.get("/api/v1/imports").expect(200).json().get("items").toString())
                .doesNotContain("photo.csv");
    }

    @Test
    void anImportIsItsOwnersAndReadOnlyUsersCannotImport() {
        Api api = TestUsers.admin(port);
        JsonNode mine = run(api, "own.csv", "Email\nowner@own.example\n".getBytes(StandardCharsets.UTF_8), "");
        Api sales = TestUsers.create(port, "SALES", null).api();
        sales.get("/api/v1/imports/" + mine.get("id").asString()).expectProblem(404);
        sales.post("/api/v1/imports/" + mine.get("id").asString() + "/undo", "").expectProblem(404);
        Api readOnly = TestUsers.create(port, "READ_ONLY", null).api();
        readOnly.upload("/api/v1/imports", "x.csv", "Email\nro@own.example\n".getBytes(StandardCharsets.UTF_8))
                .expectProblem(403);
    }

    private static JsonNode contactsWithEmail(Api api, String email) {
        return api.get("/api/v1/contacts?email=" + email).expect(200).json().get("items");
    }

    private static JsonNode contactWithEmail(Api api, String email) {
        return contactsWithEmail(api, email).get(0);
    }

    @Test
    void anAdministratorSetsTheUploadLimitAndLargerFilesAreRefusedUnread() {
        Api admin = TestUsers.admin(port);
        assertThat(admin.get("/api/v1/import-settings")
                        .expect(200)
                        .json()
                        .get("ceiling")
                        .asString())
                .isEqualTo("512MB");
        try {
            assertThat(admin.send("PUT", "/api/v1/import-settings", "application/json", "{\"maxUploadSize\":\"2kb\"}")
                            .expect(200)
                            .json()
                            .get("maxUploadBytes")
                            .asLong())
                    .isEqualTo(2048);
            String big = "Email\n" + "x@big.example\n".repeat(200);
            String refused = admin.upload("/api/v1/imports", "big.csv", big.getBytes(StandardCharsets.UTF_8))
                    .expectProblem(413)
                    .body();
            assertThat(refused).contains("upload limit of 2KB");
            admin.upload(
                            "/api/v1/imports?start=false",
                            "small.csv",
                            "Email\nx@small.example\n".getBytes(StandardCharsets.UTF_8))
                    .expect(201);

            assertThat(admin.send("PUT", "/api/v1/import-settings", "application/json", "{\"maxUploadSize\":\"1TB\"}")
                            .expectProblem(400)
                            .errorFields())
                    .containsExactly("maxUploadSize");
            TestUsers.create(port, "SALES", null)
                    .api()
                    .send("PUT", "/api/v1/import-settings", "application/json", "{\"maxUploadSize\":\"5MB\"}")
                    .expectProblem(403);
        } finally {
            admin.send("PUT", "/api/v1/import-settings", "application/json", "{\"maxUploadSize\":\"512MB\"}")
                    .expect(200);
        }
    }

    private static String problem(Api api, String name, byte[] content) {
        return api.upload("/api/v1/imports", name, content)
                .expectProblem(400)
                .json()
                .toString();
    }

    /** Uploads and starts an import and waits until it is done. */
    static JsonNode run(Api api, String name, byte[] content, String parameters) {
        String id = api.upload("/api/v1/imports?start=true" + parameters, name, content)
                .expect(202)
                .json()
                .get("id")
                .asString();
        return waitFor(api, id, List.of("done", "failed", "cancelled"));
    }

    /** The import once its status is one of {@code statuses}. */
    static JsonNode waitFor(Api api, String id, List<String> statuses) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> api.get("/api/v1/imports/" + id).expect(200).json(),
                        job -> statuses.contains(job.get("status").asString()));
    }

    private static void undo(Api api, String id) {
        api.post("/api/v1/imports/" + id + "/undo", "").expect(200);
        assertThat(waitFor(api, id, List.of("undone")).get("status").asString()).isEqualTo("undone");
    }
}
