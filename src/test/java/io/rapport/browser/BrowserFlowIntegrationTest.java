package io.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The main flows in a real Chromium: sign in, create, validate, search, edit, delete, restore, sign out. */
@IntegrationTest
@Tag("browser")
class BrowserFlowIntegrationTest extends BrowserTestBase {

    /** The mail server the email flow sends through; one for the whole class. */
    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP)).withPerMethodLifecycle(false);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSalesPersonWorksWithCompaniesAndContacts() {
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        page.navigate("/companies/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Nordlys Energi");
        page.getByLabel("Website").fill("https://www.nordlys-energi.no");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nordlys Energi")))
                .isVisible();
        assertThat(page.getByText("nordlys-energi.no", new Page.GetByTextOptions().setExact(true)))
                .isVisible();

        page.navigate("/contacts/new");
        page.getByLabel("First name").fill("Solveig");
        page.getByLabel("Last name").fill("Nordmann");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("not-an-email");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByText("must be a valid email address")).isVisible();
        assertThat(page.getByLabel("Last name")).hasValue("Nordmann");

        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("solveig@nordlys-energi.no");
        page.getByPlaceholder("Type to find a company…").fill("Nordlys");
        assertThat(page.locator("#companyId option", new Page.LocatorOptions().setHasText("Nordlys Energi")))
                .hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Solveig Nordmann")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nordlys Energi")))
                .isVisible();

        // htmx binds the search box once its deferred script has run: type only after the page has loaded.
        page.waitForLoadState();
        page.getByRole(AriaRole.SEARCH).getByRole(AriaRole.SEARCHBOX).fill("Solvieg");
        page.locator("#search-results")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Solveig Nordmann"))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Solveig Nordmann")))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit"))
                .click();
        page.getByLabel("Job title").fill("Head of Sales");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        // Exactly: the timeline's system entry says "jobTitle: (empty) → Head of Sales" too.
        assertThat(page.getByText("Head of Sales", new Page.GetByTextOptions().setExact(true)))
                .isVisible();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History"))
                .click();
        assertThat(page.locator("#pane-history").getByText("Updated")).isVisible();
        assertThat(page.locator("#pane-history").getByText("jobTitle")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to trash"))
                .click();
        assertThat(page.getByText("This record is in the trash.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore"))
                .click();
        assertThat(page.getByText("Contact restored.")).isVisible();
        assertThat(page.getByText("This record is in the trash.")).isHidden();

        page.navigate("/contacts?q=Solveig");
        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV"))
                        .click());
        try {
            org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(download.path()))
                    .contains("Solveig,Nordmann");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        page.navigate("/companies");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nordlys Energi"))
                .click();
        assertThat(page.locator("#company-contacts").getByText("Solveig Nordmann"))
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.getByText("You have been signed out.")).isVisible();
        page.navigate("/contacts");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void aLikelyDuplicateIsShownWhileTypingAndASameEmailNeedsConfirming() {
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        createContact("Dagny", "Dobbel", "dagny@double.example");

        page.navigate("/contacts/new");
        page.getByLabel("First name").fill("DAGNY");
        page.getByLabel("Last name").fill("dobbelt");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("Dagny@Double.example");
        page.getByLabel("Job title").focus();
        assertThat(page.getByText("This may be one you have already:")).isVisible();
        assertThat(page.locator("#duplicates")
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Dagny Dobbel")))
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByText("another contact already has this email address"))
                .isVisible();
        page.getByLabel("Create it anyway: it is a different person with the same address.")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dagny Dobbelt")))
                .isVisible();

        page.navigate("/contacts");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Duplicates"))
                .click();
        var pair = page.locator("#duplicate-pairs tr", new Page.LocatorOptions().setHasText("Dagny Dobbelt"));
        assertThat(pair.getByText("same email")).isVisible();

        pair.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Merge"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Merge contacts")))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge"))
                .click();
        assertThat(page.getByText("Contacts merged. The History tab can undo it."))
                .isVisible();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo this merge"))
                .click();
        assertThat(page.getByText("Merge undone: the merged contacts are back."))
                .isVisible();
    }

    @Test
    void anAdministratorAddsACustomFieldThatFormsListsFiltersAndViewsUse() {
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        page.navigate("/admin/custom-fields");
        page.getByLabel("Label", new Page.GetByLabelOptions().setExact(true)).fill("Browser tier");
        page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Single select"));
        page.getByLabel("Options").fill("Gold\nSilver");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add field"))
                .click();
        assertThat(page.getByText("Custom field added.")).isVisible();
        assertThat(page.locator("#custom-fields").getByText("custom.browserTier"))
                .isVisible();

        page.navigate("/contacts/new");
        page.getByLabel("Last name").fill("Tierson");
        page.getByLabel("Browser tier").selectOption("Silver");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tierson")))
                .isVisible();
        assertThat(page.locator("dt", new Page.LocatorOptions().setHasText("Browser tier")))
                .isVisible();
        assertThat(page.locator("dd", new Page.LocatorOptions().setHasText("Silver")))
                .isVisible();

        page.navigate("/contacts");
        page.locator("select[name=addField]").selectOption(new SelectOption().setLabel("Browser tier"));
        page.locator("select[name=addOp]").selectOption("eq");
        page.locator("input[name=addValue]").fill("silver");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add condition"))
                .click();
        assertThat(page.locator("#filter-text")).containsText("custom.browserTier eq silver");
        assertThat(page.locator("#rows")
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tierson")))
                .isVisible();

        page.getByLabel("View name").fill("Silver customers");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save view"))
                .click();
        assertThat(page.getByText("View saved.")).isVisible();
        assertThat(page.locator("#views .dropdown-toggle")).hasText("Silver customers");
        assertThat(page.locator("#rows")
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tierson")))
                .isVisible();

        page.navigate("/admin/custom-fields");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browser tier"))
                .click();
        page.getByLabel("Yes, delete this field").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete field"))
                .click();
        assertThat(page.getByText("Custom field deleted; its values are kept until purged."))
                .isVisible();
    }

    @Test
    void theCompanyListFiltersShowsAndSavesCustomFieldsAndCompaniesMerge() {
        io.rapport.support.Api api = TestUsers.admin(port);
        String field = api.post(
                        "/api/v1/custom-fields",
                        "{\"recordType\":\"company\",\"label\":\"Sales region\",\"type\":\"text\"}")
                .expect(201)
                .json()
                .get("id")
                .asString();
        try {
            api.createCompany(company("Northwind Browser").customField("salesRegion", "North"));
            api.createCompany(company("Southwind Browser").customField("salesRegion", "South"));
            signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
            page.navigate("/companies");
            page.locator("select[name=addField]").selectOption(new SelectOption().setLabel("Sales region"));
            page.locator("select[name=addOp]").selectOption("eq");
            page.locator("input[name=addValue]").fill("north");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add condition"))
                    .click();
            assertThat(page.locator("#filter-text")).containsText("custom.salesRegion eq north");
            assertThat(page.locator("#rows").getByText("Northwind Browser")).isVisible();
            assertThat(page.locator("#rows").getByText("Southwind Browser")).hasCount(0);

            expand("Columns", "#columns");
            page.getByLabel("Sales region").check();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Filter").setExact(true))
                    .click();
            assertThat(page.locator("thead")).containsText("Sales region");
            assertThat(page.locator("#rows")).containsText("North");

            page.getByLabel("View name").fill("Northern accounts");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save view"))
                    .click();
            assertThat(page.getByText("View saved.")).isVisible();
            assertThat(page.locator("#views .dropdown-toggle")).hasText("Northern accounts");
            assertThat(page.locator("#rows").getByText("Northwind Browser")).isVisible();
            assertThat(page.locator("#rows").getByText("Southwind Browser")).hasCount(0);

            page.locator("#rows").getByText("Northwind Browser").click();
            // The search box answers through htmx, which must have started before anything is typed.
            page.waitForFunction("() => window.htmx !== undefined && document.readyState === 'complete'");
            page.locator("#merge-search").fill("Southwind Browser");
            assertThat(page.locator("#merge-other option", new Page.LocatorOptions().setHasText("Southwind Browser")))
                    .hasCount(1);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Merge companies")))
                    .isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge"))
                    .click();
            assertThat(page.getByText("Companies merged")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Northwind Browser")))
                    .isVisible();
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo this merge"))
                    .click();
            assertThat(page.getByText("Merge undone: the merged companies")).isVisible();

            page.navigate("/companies");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export in the background"))
                    .click();
            assertThat(page.locator("#status")).hasText("Done.");
            assertThat(page.locator("#download")).containsText("companies-");
        } finally {
            api.delete("/api/v1/custom-fields/" + field).expect(200);
        }
    }

    @Test
    void aFileIsUploadedMappedPreviewedImportedAndUndone() {
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        page.navigate("/imports");
        String csv = "Email Address;Vorname;Surname;Company\n"
                + "imported.one@browser-import.example;Ingrid;BERG;Browser Import AS\n"
                + "not-an-email;Broken;Row;\n";
        page.getByLabel("File (CSV, Excel .xlsx or vCard .vcf)")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "people.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        // The page checks the size against the server's limit before sending; a limit of 10 bytes stands in
        // for a file of gigabytes.
        page.locator("#file").evaluate("input => input.dataset.maxBytes = '10'");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and map columns"))
                .click();
        assertThat(page.locator("#file-error")).containsText("larger than the upload limit of 512MB");
        assertThat(page).hasURL(Pattern.compile(".*/imports$"));

        page.locator("#file").evaluate("input => input.dataset.maxBytes = '536870912'");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and map columns"))
                .click();

        assertThat(page.locator("#detected")).containsText("2");
        assertThat(page.getByLabel("Email Address")).hasValue("email");
        assertThat(page.getByLabel("Surname")).hasValue("lastName");
        assertThat(page.getByLabel("Vorname")).hasValue("");
        page.getByLabel("Vorname").selectOption("firstName");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the first rows"))
                .click();
        assertThat(page.locator("#preview-table")).containsText("Berg");
        assertThat(page.locator("#preview-table")).containsText("must be a valid email address");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the import"))
                .click();
        assertThat(page.locator("#status")).hasText("Done");
        assertThat(page.locator("#created")).hasText("1");
        assertThat(page.locator("#failed")).hasText("1");
        com.microsoft.playwright.Download errors =
                page.waitForDownload(() -> page.locator("#errors").click());
        org.assertj.core.api.Assertions.assertThat(errors.suggestedFilename()).isEqualTo("people-errors.csv");

        page.navigate("/contacts?q=Ingrid");
        assertThat(page.locator("#rows").getByText("Berg")).isVisible();

        page.goBack();
        page.getByLabel("Move the records it created to the trash and restore the ones it updated")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo the whole import"))
                .click();
        assertThat(page.locator("#status")).hasText("Undone");
    }

    private void createContact(String firstName, String lastName, String email) {
        page.navigate("/contacts/new");
        page.getByLabel("First name").fill(firstName);
        page.getByLabel("Last name").fill(lastName);
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(firstName + " " + lastName)))
                .isVisible();
    }

    @Test
    void aCallAndANoteGoOnTheTimelineOfTheContactAndItsCompany() {
        var api = TestUsers.admin(port);
        var company = api.createCompany(company("Fjord Timeline AS"));
        var contact = api.createContact(contact("Tove", "Timeline").companyId(company));
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        page.onDialog(dialog -> {
            if (dialog.type().equals("confirm")) {
                dialog.accept();
            } else {
                throw new AssertionError("a script ran: " + dialog.message());
            }
        });

        page.navigate("/contacts/" + contact);
        var call = expand("Log a call", "#add-call");
        call.getByLabel("Subject").fill("Asked about the renewal");
        call.getByLabel("Minutes").fill("12");
        call.getByLabel("Outcome").fill("connected");
        call.locator("input[type=file]")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "minutes.txt",
                        "text/plain",
                        "Renewal in March".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        call.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save"))
                .click();
        var entries = page.locator("#timeline-entries > li.timeline-entry:not([data-channel=system])");
        assertThat(page.locator("#timeline-entries > li[data-channel=system]")).containsText("Created");
        assertThat(entries).hasCount(1);
        assertThat(entries.first()).containsText("Asked about the renewal");
        assertThat(entries.first()).containsText("12 min");
        assertThat(entries.first()
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("minutes.txt (16 B)")))
                .isVisible();

        var note = expand("Add a note", "#add-note");
        note.getByLabel("Note").fill("<b>Budget</b> approved<script>alert('x')</script><img src=x onerror=alert(1)>");
        note.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(entries.first()).containsText("approved");
        assertThat(entries).hasCount(2);
        assertThat(entries.first().locator("b")).hasText("Budget");
        assertThat(entries.first().locator("script, img")).hasCount(0);

        page.getByLabel("Channel").selectOption(new SelectOption().setLabel("Note"));
        assertThat(entries).hasCount(1);
        entries.first()
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Delete"))
                .click();
        assertThat(entries).hasCount(0);

        page.navigate("/contacts/" + contact);
        assertThat(page.locator("#last-contacted")).not().isEmpty();
        var meeting = expand("Log a meeting", "#add-meeting");
        meeting.getByLabel("Online meeting link").fill("javascript:alert(1)");
        meeting.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#meeting-link + .invalid-feedback")).containsText("http or https");

        page.navigate("/companies/" + company);
        var companyEntries = page.locator("#timeline-entries > li.timeline-entry:not([data-channel=system])");
        assertThat(companyEntries).hasCount(1);
        assertThat(companyEntries.first()).containsText("Asked about the renewal");
        assertThat(companyEntries
                        .first()
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tove Timeline")))
                .isVisible();
    }

    @Test
    void aReminderShowsUpAndTheTaskIsCompletedFromMyTasks() {
        var api = TestUsers.admin(port);
        String title = "Send the offer " + System.nanoTime();
        api.post(
                        "/api/v1/tasks",
                        "{\"title\":\"" + title + "\",\"dueAt\":\""
                                + java.time.Instant.now().plusSeconds(1) + "\"}")
                .expect(201);
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        // Playwright is not thread-safe: the page is polled in the test's own thread.
        await().alias("the reminder on /notifications")
                .atMost(Duration.ofSeconds(40))
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    page.navigate("/notifications");
                    return page.locator("#notifications").textContent().contains("Due: " + title);
                });
        assertThat(page.locator("#notifications")).containsText("Due: " + title);
        assertThat(page.locator("#notification-badge .badge")).isVisible();

        page.navigate("/tasks");
        assertThat(page.locator("#tasks-overdue")).containsText(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done: " + title))
                .click();
        assertThat(page.locator("#tasks-done")).containsText(title);
        assertThat(page.locator("#tasks-overdue")).not().containsText(title);

        page.navigate("/calendar");
        assertThat(page.locator("#calendar")).containsText(title);
        // "Make a new address" when the administrator has a feed already (the API fuzz test may have made one).
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^Make a (feed|new) address")))
                .click();
        assertThat(page.locator("#feed-url")).containsText("/calendar/feed/");

        page.navigate("/tasks");
        page.getByLabel("New task").fill("   ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add"))
                .click();
        assertThat(page.locator("#task-title + .invalid-feedback")).containsText("must not be blank");
    }

    @Test
    void theListWorksOnAPhoneSizedScreen() {
        page.setViewportSize(375, 740);
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        page.navigate("/contacts");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contacts")))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toggle navigation"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Companies")))
                .isVisible();
        int scrollWidth = (int) page.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(scrollWidth).isLessThanOrEqualTo(375);
    }

    @Test
    void anAdministratorAddsATeamAndAUserAndIssuesAnApiToken() {
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        page.navigate("/admin/users");
        page.getByPlaceholder("Team name").fill("Field sales");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add team"))
                .click();
        assertThat(page.getByText("Team created.")).isVisible();

        String email = "seller-" + System.nanoTime() + "@test.local";
        page.locator("#new-email").fill(email);
        page.locator("#new-name").fill("Sigrid Seller");
        page.locator("#new-team")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Field sales"));
        page.locator("#new-password").fill("seller-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user"))
                .click();
        assertThat(page.getByText("User created.")).isVisible();
        assertThat(page.getByText(email)).isVisible();

        page.navigate("/account");
        page.getByPlaceholder("Token name").fill("Phone system");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();
        String token = page.locator("#issued-token").textContent();
        org.assertj.core.api.Assertions.assertThat(token).startsWith("rpt_");
        io.rapport.support.Api.withToken(port, token).get("/api/v1/contacts").expect(200);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke"))
                .first()
                .click();
        assertThat(page.getByText("Token revoked.")).isVisible();
        io.rapport.support.Api.withToken(port, token).get("/api/v1/contacts").expectProblem(401);
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        page.navigate("/login");
        page.getByLabel("Email").fill(TestUsers.ADMIN_EMAIL);
        page.getByLabel("Password").fill("wrong-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByText("Wrong email or password.")).isVisible();

        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        page.navigate("/admin/security-events");
        assertThat(page.getByRole(AriaRole.ROW)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sign-in failed"))
                        .first())
                .isVisible();
    }

    /** Mailboxes are global: the email flow's own is gone after it, whatever happened, so no other test sends through it. */
    @AfterEach
    void removeMailbox() {
        jdbc.sql("delete from mailbox where address = 'browser-team@rapport.test'")
                .update();
    }

    @Test
    void anAdministratorConnectsAMailboxAndAnEmailIsSentFromAContactsPage() throws Exception {
        String team = "browser-team@rapport.test";
        MAIL.setUser(team, team, "secret");
        MAIL.purgeEmailFromAllMailboxes();
        String customer = "ingrid." + System.nanoTime() + "@customer.test";
        var contact =
                TestUsers.admin(port).createContact(contact("Ingrid", "Mail").email(customer));
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        page.navigate("/admin/mailboxes");
        var form = page.locator("#mailbox-form");
        form.getByLabel("Name", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                .fill("Browser team");
        form.getByLabel("Address").fill(team);
        form.getByLabel("Fetch every (seconds)").fill("60");
        form.getByLabel("User name").fill(team);
        form.getByLabel("Password").fill("secret");
        form.locator("#mb-imap-host").fill("127.0.0.1");
        form.locator("#mb-imap-port").fill(String.valueOf(MAIL.getImap().getPort()));
        form.locator("#mb-imap-security").selectOption("none");
        form.locator("#mb-smtp-host").fill("127.0.0.1");
        form.locator("#mb-smtp-port").fill(String.valueOf(MAIL.getSmtp().getPort()));
        form.locator("#mb-smtp-security").selectOption("none");
        form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#mailboxes")).containsText("Browser team");
        assertThat(page.locator("#mailboxes")).not().containsText("secret");

        page.navigate("/contacts/" + contact);
        var email = expand("Send an email", "#add-email");
        assertThat(email.getByLabel("To", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)))
                .hasValue(customer);
        email.getByLabel("Message").fill("Hi {{contact.firstName}}, the offer is attached.");
        email.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Send"))
                .click();
        assertThat(page.locator("#add-email .invalid-feedback")).containsText("must not be empty");

        page.locator("#add-email").getByLabel("Subject").fill("Offer for {{contact.firstName}}");
        page.locator("#add-email")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Send"))
                .click();
        var entry = page.locator("#timeline-entries > li[data-channel=email]").first();
        assertThat(entry).containsText("Offer for Ingrid");
        assertThat(entry).containsText("Hi Ingrid, the offer is attached.");
        org.assertj.core.api.Assertions.assertThat(MAIL.waitForIncomingEmail(15_000, 1))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(MAIL.getReceivedMessages()[0].getSubject())
                .isEqualTo("Offer for Ingrid");

        entry.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Open"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Offer for Ingrid")))
                .isVisible();
        await().alias("the email's status Sent")
                .atMost(Duration.ofSeconds(15))
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (page.locator("#email-status").innerText().contains("Sent")) {
                        return true;
                    }
                    page.reload();
                    return false;
                });
        assertThat(page.locator("#email-status")).containsText("Sent");

        var reply = expand("Reply", "#reply");
        assertThat(reply.getByLabel("Subject")).hasValue("Re: Offer for Ingrid");
        reply.getByLabel("Message").fill("One more thing.");
        reply.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Send"))
                .click();
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Re: Offer for Ingrid")))
                .isVisible();
        assertThat(page.locator("#email-thread > li")).hasCount(2);

        page.navigate("/admin/mailboxes");
        page.getByRole(AriaRole.ROW)
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Browser team"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Delete"))
                .click();
        assertThat(page.locator("#mailboxes")).not().containsText("Browser team");
    }
}
