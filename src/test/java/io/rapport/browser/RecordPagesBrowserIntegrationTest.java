package io.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a new user does on record pages: tasks linked to contacts and companies, merging a pair one knows. */
@IntegrationTest
@Tag("browser")
class RecordPagesBrowserIntegrationTest extends BrowserTestBase {

    /** Names of this run's records: the database is shared by every integration test class of the run. */
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    private Api api;

    @BeforeEach
    void signInAsAdministrator() {
        api = TestUsers.admin(port);
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
    }

    @Test
    void aTaskAddedOnAContactsPageIsOnItAndIsItsNextActivityAndItsTitleOpensItsForm() {
        UUID contactId = api.createContact(contact("Tora", "Tasker" + run));
        page.navigate("/contacts/" + contactId);
        page.waitForLoadState();

        Locator form = expand("Add a task", "#add-task");
        form.getByLabel("New task").fill("Send the offer " + run);
        form.getByLabel("Due").fill("2031-03-04T09:30");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();

        Locator task = page.locator("#record-tasks")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Send the offer " + run));
        assertThat(task).isVisible();
        assertThat(page.locator("#next-activity")).hasText("2031-03-04 09:30");

        task.click();
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Send the signed offer " + run);
        assertThat(page.getByLabel("Tora Tasker" + run)).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByText("Task saved.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tora Tasker" + run)))
                .isVisible();
        assertThat(page.locator("#record-tasks").getByText("Send the signed offer " + run))
                .isVisible();
    }

    @Test
    void theTasksFormStartsEmptyAndLinksACompanyPickedByTypingAndATaskIsChangedAndDoneOnItsForm() {
        UUID companyId = api.createCompany(company("Oppgave " + run + " AS"));
        page.navigate("/tasks");
        page.waitForLoadState();
        assertThat(page.getByLabel("New task")).hasValue("");

        page.getByLabel("New task").fill("Book a visit " + run);
        page.getByPlaceholder("Type to find a company…").fill("Oppgave " + run);
        assertThat(page.locator("#task-company option", new Page.LocatorOptions().setHasText("Oppgave " + run)))
                .hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a visit " + run))
                .click();

        assertThat(page.getByLabel("Oppgave " + run + " AS")).isChecked();
        page.getByLabel("Done", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByText("Task saved.")).isVisible();
        assertThat(page.locator("#tasks-done").getByText("Book a visit " + run)).isVisible();

        page.navigate("/companies/" + companyId);
        assertThat(page.locator("#record-tasks").getByText("Book a visit " + run))
                .isVisible();
    }

    @Test
    void aContactIsMergedWithAnotherPickedOnItsPageAndHistoryNamesTheMergedOne() {
        UUID keep = api.createContact(contact("Mari", "Merkel" + run).email("mari." + run + "@keep.example"));
        api.createContact(contact("Marie", "Merkel" + run).email("marie." + run + "@other.example"));
        page.navigate("/contacts/" + keep);
        page.waitForLoadState();

        page.getByPlaceholder("Type to find a contact…").fill("Marie Merkel" + run);
        assertThat(page.locator("#merge-other option", new Page.LocatorOptions().setHasText("Marie Merkel" + run)))
                .hasCount(1);
        page.locator("#merge-other")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Marie Merkel" + run + " (marie." + run + "@other.example)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Merge contacts")))
                .isVisible();
        Locator first = page.locator("#merge-table thead th").nth(1);
        Locator second = page.locator("#merge-table thead th").nth(2);
        assertThat(first.getByText("Survives")).isVisible();
        assertThat(first.getByText("Merged into the survivor")).isHidden();
        assertThat(second.getByText("Merged into the survivor")).isVisible();
        assertThat(second.getByText("Survives")).isHidden();
        second.getByRole(AriaRole.RADIO).check();
        assertThat(second.getByText("Survives")).isVisible();
        assertThat(first.getByText("Merged into the survivor")).isVisible();
        first.getByRole(AriaRole.RADIO).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge"))
                .click();
        assertThat(page.getByText("Contacts merged. The History tab can undo it."))
                .isVisible();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History"))
                .click();
        Locator history = page.locator("#pane-history");
        assertThat(history.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Marie Merkel" + run)))
                .isVisible();
        assertThat(history.getByText("mergeId")).hasCount(0);
    }

    @Test
    void theDuplicatesPageFindsAPairByName() {
        api.createContact(contact("Dina", "Dublett" + run).phones("+47 912 34 5" + digits()));
        api.createContact(contact("Dina", "Dublet" + run).phones("+47 912 34 5" + digits()));
        page.navigate("/contacts/duplicates");
        page.getByLabel("Find a pair by name or email").fill("dublett" + run);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                .click();

        Locator rows = page.locator("#duplicate-pairs tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.getByText("Dina Dublett" + run)).isVisible();
    }

    /** Two digits of this run, so its phone numbers are its own. */
    private String digits() {
        return String.format("%02d", Math.floorMod(run.hashCode(), 100));
    }
}
