package io.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The administration pages a new administrator uses first: record visibility, and users with their teams. */
@IntegrationTest
@Tag("browser")
class AdminPagesBrowserIntegrationTest extends BrowserTestBase {

    @Test
    void recordVisibilitySavesEveryChangedRowAtOnceAndSaysWhat() {
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        page.navigate("/admin/visibility");
        Locator contactsSales = page.getByLabel("Contacts, Sales: sees");
        Locator companiesSupport = page.getByLabel("Companies, Support: sees");
        try {
            contactsSales.selectOption(new SelectOption().setLabel("Only their own records"));
            companiesSupport.selectOption(new SelectOption().setLabel("The team's records"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save visibility"))
                    .click();

            Locator saved = page.locator("#visibility-saved");
            assertThat(saved).containsText("Contacts, Sales: Only their own records");
            assertThat(saved).containsText("Companies, Support: The team's records");
            page.reload();
            assertThat(contactsSales).hasValue("OWN");
            assertThat(companiesSupport).hasValue("TEAM");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save visibility"))
                    .click();
            assertThat(page.locator("#visibility-saved")).containsText("Nothing changed");
        } finally {
            // Other tests expect every role to see every record.
            page.navigate("/admin/visibility");
            contactsSales.selectOption("ALL");
            companiesSupport.selectOption("ALL");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save visibility"))
                    .click();
            assertThat(page.locator("#visibility-saved")).isVisible();
        }
    }

    @Test
    void theUserFormCreatesTheUsersNewTeamInTheSameSubmit() {
        TestUsers.createTeam(port);
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        page.navigate("/admin/users");
        String team = "Inside sales " + UUID.randomUUID().toString().substring(0, 8);
        String email = "newcomer-" + System.nanoTime() + "@test.local";

        // A team picked and a new one named is a mistake, said at the form; nothing is created.
        page.locator("#new-email").fill(email);
        page.locator("#new-name").fill("Nora Newcomer");
        page.locator("#new-team").selectOption(new SelectOption().setIndex(1));
        page.getByLabel("Or a new team").fill(team);
        page.locator("#new-password").fill("newcomer-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("pick a team or name a new one, not both");
        assertThat(page.getByLabel("Or a new team")).hasValue(team);
        assertThat(page.locator("li.list-group-item", new Page.LocatorOptions().setHasText(team)))
                .hasCount(0);

        page.locator("#new-team").selectOption("");
        page.locator("#new-password").fill("newcomer-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user"))
                .click();
        assertThat(page.getByText("User created.")).isVisible();
        assertThat(page.locator("li.list-group-item", new Page.LocatorOptions().setHasText(team)))
                .hasCount(1);
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(email));
        assertThat(row.locator("select[name=teamId] option:checked")).hasText(team);
    }
}
