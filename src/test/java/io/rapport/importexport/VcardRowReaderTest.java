package io.rapport.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VcardRowReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAppleAndGoogleVcard3IgnoringUnknownProperties() throws IOException {
        List<List<String>> rows = readAll(resource("contacts-v3.vcf"), StandardCharsets.UTF_8);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0))
                .containsExactlyElementsOf(row(Map.ofEntries(
                        Map.entry("Full Name", "Zoë Ångström"),
                        Map.entry("First Name", "Zoë"),
                        Map.entry("Last Name", "Ångström"),
                        Map.entry("Email 1", "zoe@nordlys.no"),
                        Map.entry("Email 2", "zoe.angstrom@example.com"),
                        Map.entry("Phone 1", "+47 912 34 567"),
                        Map.entry("Phone 2", "+47 22 12 34 56"),
                        Map.entry("Phone 3", "+47 21 98 76 54"),
                        Map.entry("Organization", "Nordlys AS"),
                        Map.entry("Title", "Head of Sales"),
                        Map.entry("Street", "Karl Johans gate 1"),
                        Map.entry("City", "Oslo"),
                        Map.entry("Region", "Oslo"),
                        Map.entry("Postal Code", "0154"),
                        Map.entry("Country", "Norway"),
                        Map.entry("Birthday", "1985-04-12"),
                        Map.entry("Website", "https://nordlys.no"),
                        Map.entry("Categories", "Customers, VIP"),
                        Map.entry(
                                "Note",
                                "Met at the Oslo trade fair. Prefers email over phone calls, and morning meetings."),
                        Map.entry("UID", "4f8a2c1e-1111-4c7a-9d3b-000000000001"))));
        assertThat(rows.get(1))
                .as("a birthday without a year is left blank; all CATEGORIES lines are joined")
                .containsExactlyElementsOf(row(Map.ofEntries(
                        Map.entry("Full Name", "Ola Nordmann"),
                        Map.entry("First Name", "Ola"),
                        Map.entry("Last Name", "Nordmann"),
                        Map.entry("Email 1", "ola@example.com"),
                        Map.entry("Phone 1", "(555) 010-9999"),
                        Map.entry("Organization", "Acme Inc."),
                        Map.entry("Title", "Engineer"),
                        Map.entry("Street", "123 Main St"),
                        Map.entry("City", "Springfield"),
                        Map.entry("Region", "IL"),
                        Map.entry("Postal Code", "62701"),
                        Map.entry("Country", "USA"),
                        Map.entry("Categories", "myContacts, Friends, Golf"))));
        assertThat(rows.get(2))
                .as("Apple's placeholder year (X-APPLE-OMIT-YEAR) is no birthday; grouped properties are read")
                .containsExactlyElementsOf(row(Map.ofEntries(
                        Map.entry("Full Name", "Min-jun Lee"),
                        Map.entry("First Name", "Min-jun"),
                        Map.entry("Last Name", "Lee"),
                        Map.entry("Phone 1", "+1 555 0100"),
                        Map.entry("Street", "1 Infinite Loop\nBuilding 2"),
                        Map.entry("City", "Cupertino"),
                        Map.entry("Region", "CA"),
                        Map.entry("Postal Code", "95014"),
                        Map.entry("Country", "United States"))));
    }

    @Test
    void readsVcard4TelUrisAndBasicDates() throws IOException {
        List<List<String>> rows = readAll(resource("contacts-v4.vcf"), StandardCharsets.UTF_8);

        assertThat(rows)
                .containsExactly(
                        row(Map.ofEntries(
                                Map.entry("Full Name", "Kari Nordmann"),
                                Map.entry("First Name", "Kari"),
                                Map.entry("Last Name", "Nordmann"),
                                Map.entry("Email 1", "kari@fjord.example"),
                                Map.entry("Phone 1", "+47-22-12-34-56"),
                                Map.entry("Phone 2", "+47-912-34-567"),
                                Map.entry("Organization", "Fjord Consulting"),
                                Map.entry("Title", "CTO"),
                                Map.entry("Street", "Storgata 5"),
                                Map.entry("City", "Bergen"),
                                Map.entry("Postal Code", "5003"),
                                Map.entry("Country", "Norway"),
                                Map.entry("Birthday", "1985-04-12"),
                                Map.entry("Website", "https://fjord.example/kari"),
                                Map.entry("Categories", "Partners, Board"),
                                Map.entry("Note", "Line one\nLine two"),
                                Map.entry("UID", "urn:uuid:9a1b2c3d-0000-4000-8000-000000000002"))),
                        row(Map.of("Full Name", "Only Email", "Email 1", "only@example.com")));
    }

    @Test
    void readsVcard21QuotedPrintableAndWindows1252() throws IOException {
        List<List<String>> rows = readAll(resource("contacts-v21.vcf"), Charset.forName("windows-1252"));

        assertThat(rows)
                .containsExactly(
                        row(Map.ofEntries(
                                Map.entry("Full Name", "Jürgen Müller"),
                                Map.entry("First Name", "Jürgen"),
                                Map.entry("Last Name", "Müller"),
                                Map.entry("Email 1", "juergen@beispiel.example"),
                                Map.entry("Phone 1", "+49 170 1234567"),
                                Map.entry("Phone 2", "+49 30 123456"),
                                Map.entry("Organization", "Beispiel GmbH"),
                                Map.entry("Street", "Hauptstraße 1"),
                                Map.entry("City", "Berlin"),
                                Map.entry("Postal Code", "10115"),
                                Map.entry("Country", "Deutschland"),
                                Map.entry(
                                        "Note",
                                        "Café au lait every morning, a very long note that the phone split over two"
                                                + " lines."))),
                        row(Map.of(
                                "Full Name", "Renée Dubois",
                                "First Name", "Renée",
                                "Last Name", "Dubois",
                                "Phone 1", "+33 1 23 45 67 89")));
    }

    @Test
    void aByteOrderMarkBeforeTheFirstCardIsSkipped() throws IOException {
        Path file = dir.resolve("bom.vcf");
        Files.writeString(file, "\uFEFFBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åse Berg\r\nEND:VCARD\r\n");

        assertThat(readAll(file, StandardCharsets.UTF_8)).containsExactly(row(Map.of("Full Name", "Åse Berg")));
    }

    @Test
    void headersAreFixedAndProgressReachesTheEnd() throws IOException {
        try (VcardRowReader reader = new VcardRowReader(resource("contacts-v3.vcf"), StandardCharsets.UTF_8)) {
            assertThat(reader.headers())
                    .hasSize(21)
                    .startsWith("Full Name", "First Name")
                    .endsWith("UID");
            while (reader.next() != null) {
                assertThat(reader.progress()).isBetween(0.0, 1.0);
            }
            assertThat(reader.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void aFileWithoutAVcardIsRefused() throws IOException {
        Path file = dir.resolve("notes.vcf");
        Files.writeString(file, "Name,Email\nOla,ola@example.com\n");

        assertThatThrownBy(() -> new VcardRowReader(file, StandardCharsets.UTF_8))
                .isInstanceOf(IOException.class)
                .hasMessage("no vCard found in the file");
    }

    private static List<List<String>> readAll(Path file, Charset charset) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (VcardRowReader reader = new VcardRowReader(file, charset)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                assertThat(row).hasSameSizeAs(reader.headers());
                rows.add(row);
            }
        }
        return rows;
    }

    /** A full row: the given cells under their headers, every other cell blank. */
    private static List<String> row(Map<String, String> cells) {
        List<String> headers = VcardRowReader.HEADERS;
        assertThat(headers).containsAll(cells.keySet());
        List<String> row = new ArrayList<>(Collections.nCopies(headers.size(), ""));
        cells.forEach((header, value) -> row.set(headers.indexOf(header), value));
        return row;
    }

    private static Path resource(String name) {
        try {
            return Path.of(
                    VcardRowReaderTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
