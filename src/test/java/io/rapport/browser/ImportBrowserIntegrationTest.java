package io.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Imports in a real Chromium: from the result to the records it created, and abandoned drafts cleared away. */
@IntegrationTest
@Tag("browser")
class ImportBrowserIntegrationTest extends BrowserTestBase {

    @Test
    void anImportedPhoneNotVerifiedIsNamedInTheResultAndMarkedOnTheContactReachedFromIt() {
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        String tag = "Phone" + UUID.randomUUID().toString().substring(0, 8);
        // Possible for the United Kingdom (the right length) but in no range in use: kept as typed, flagged.
        upload(
                "phones-" + tag + ".csv",
                "Email,First Name,Last Name,Country,Phone\n" + tag.toLowerCase() + "@browser-import.example,Ulla," + tag
                        + ",GB,+44 7700 900123\n");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the import"))
                .click();
        assertThat(page.locator("#status")).hasText("Done");
        assertThat(page.locator("#created")).hasText("1");
        assertThat(page.locator("#unverified-phones")).containsText("1 rows were imported with a phone number kept");
        assertThat(page.locator("#unverified-phones")).containsText("(rows 1)");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Show the record this import created (Contacts)"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/contacts\\?importId=[0-9a-f-]{36}$"));
        Locator rows = page.locator("#rows > tr");
        assertThat(rows).hasCount(1);
        rows.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile(tag)))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ulla " + tag)))
                .isVisible();
        assertThat(page.locator(".unverified-phone")).hasText("not verified");
    }

    @Test
    void anAbandonedDraftIsDeletedFromTheImportsPage() {
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        String fileName = "abandoned-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        upload(fileName, "Email,Last Name\nabandoned@browser-import.example,Abandoned\n");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .first()
                .click();
        Locator draft = page.locator("#imports tr", new Page.LocatorOptions().setHasText(fileName));
        assertThat(draft).containsText("Mapping columns");
        draft.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions()
                                .setName("Delete the draft " + fileName + " and its uploaded file"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Draft deleted, with its uploaded file.");
        assertThat(draft).hasCount(0);
    }

    /** Uploads a CSV file on the Import page and waits for its mapping page. */
    private void upload(String fileName, String csv) {
        page.navigate("/imports");
        page.getByLabel("File (CSV, Excel .xlsx or vCard .vcf)")
                .setInputFiles(new FilePayload(fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and map columns"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(fileName)))
                .isVisible();
    }
}
