package io.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The record lists as a new user meets them: saved views, conditions, columns, the list's search and the top bar's. */
@IntegrationTest
@Tag("browser")
class ListsBrowserIntegrationTest extends BrowserTestBase {

    /** A token no other test's records carry, so a list filtered by it holds this test's records alone. */
    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void aSavedContactViewBringsBackItsSimpleFilterAndConditionAndExportsThatList() {
        Api admin = TestUsers.admin(port);
        String city = unique("Vik");
        for (int i = 0; i < 3; i++) {
            admin.createContact(contact("Norby" + i).country("NO").city(city));
        }
        admin.createContact(contact("Svensson").country("SE").city(city));
        admin.createContact(contact("Elsewhere").country("NO"));

        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        savesAViewOfCountryAndCityCondition("/contacts", city, 3);
    }

    @Test
    void aSavedCompanyViewBringsBackItsSimpleFilterAndConditionAndExportsThatList() {
        Api admin = TestUsers.admin(port);
        String city = unique("Fjord");
        for (int i = 0; i < 2; i++) {
            admin.createCompany(company(unique("Nordic AS ")).country("NO").city(city));
        }
        admin.createCompany(company(unique("Svenska AB ")).country("SE").city(city));

        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        savesAViewOfCountryAndCityCondition("/companies", city, 2);
    }

    /** Country NO as the list's simple filter, city as a condition, saved: the view and its export are that list. */
    private void savesAViewOfCountryAndCityCondition(String list, String city, int expected) {
        page.navigate(list);
        Locator rows = page.locator("#rows tr");
        page.locator("input[name=country]").fill("NO");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                .click();
        page.locator("select[name=addField]").selectOption(new SelectOption().setLabel("City"));
        page.locator("input[name=addValue]").fill(city);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add condition"))
                .click();
        assertThat(rows).hasCount(expected);

        page.getByPlaceholder("View name").fill("Norway in " + city);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save view"))
                .click();
        assertThat(page.getByText("View saved.")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*\\?view=[0-9a-f-]{36}$"));
        assertThat(page.locator("input[name=country]")).hasValue("NO");
        assertThat(rows).hasCount(expected);

        // Opened again from the views menu, after another list.
        page.navigate(list);
        page.locator("#views .dropdown-toggle").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Norway in " + city))
                .click();
        assertThat(page.locator("input[name=country]")).hasValue("NO");
        assertThat(rows).hasCount(expected);

        String csv = page.request()
                .get(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV"))
                        .getAttribute("href"))
                .text();
        org.assertj.core.api.Assertions.assertThat(csv.strip().split("\r?\n")).hasSize(expected + 1);
    }

    @Test
    void conditionsNameFieldsByLabelColumnsApplyAtOnceAndTheListsSearchCombinesWithAConditionInTheUi() {
        Api admin = TestUsers.admin(port);
        String name = unique("Quist");
        String city = unique("Hamn");
        admin.createContact(contact("Anna", name).city(city));
        admin.createContact(contact("Berit", name).city("Elsewhere"));

        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        page.navigate("/contacts");
        Locator fields = page.locator("select[name=addField] option");
        assertThat(fields.filter(new Locator.FilterOptions().setHasText("First name")))
                .hasCount(1);
        assertThat(fields.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^firstName$|^companyId$"))))
                .hasCount(0);

        // The list's own search and a condition together: full text AND the condition.
        page.getByPlaceholder("Search this list").fill(name);
        page.locator("select[name=addField]").selectOption(new SelectOption().setLabel("City"));
        page.locator("input[name=addValue]").fill(city);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add condition"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        assertThat(page.locator("#rows tr")).hasCount(1);
        assertThat(page.locator("#rows")).containsText("Anna");

        // A column chosen shows at once, without pressing Filter, and "Save view" would keep it.
        page.waitForLoadState();
        Locator cityHeader = page.locator("#list-table th", new Page.LocatorOptions().setHasText("City"));
        assertThat(cityHeader).hasCount(0);
        expand("Columns", "#columns").getByLabel("City").check();
        assertThat(cityHeader).hasCount(1);
        assertThat(page).hasURL(Pattern.compile(".*cols=city.*"));
        assertThat(page.locator("#save-view input[name=cols][value=city]")).hasCount(1);
        assertThat(page.locator("#rows tr")).hasCount(1);
    }

    @Test
    void theGlobalSearchsResultsAreWiderThanTheBoxAndReachedWithTheArrowKeys() {
        Api admin = TestUsers.admin(port);
        String name = unique("Zyx");
        admin.createContact(contact("Maximiliana-Bartholomea", name + " von Hohenzollern-Sigmaringen")
                .email("maximiliana.bartholomea@a-rather-long-domain-name.example"));
        admin.createContact(contact("Konstantin", name));

        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        page.waitForLoadState();
        Locator box = page.locator("#global-search");
        box.fill(name);
        Locator options = page.locator("#search-results [role=option]");
        assertThat(options).hasCount(2);
        assertThat(page.locator("#search-results [role=listbox]")).isVisible();
        BoundingBox input = box.boundingBox();
        BoundingBox results = page.locator("#search-results").boundingBox();
        org.assertj.core.api.Assertions.assertThat(results.width).isGreaterThan(input.width);
        fitsTheViewport(results, 1280);

        box.press("ArrowDown");
        assertThat(box).hasAttribute("aria-activedescendant", options.nth(0).getAttribute("id"));
        assertThat(options.nth(0)).hasAttribute("aria-selected", "true");
        box.press("ArrowDown");
        assertThat(box).hasAttribute("aria-activedescendant", options.nth(1).getAttribute("id"));
        assertThat(options.nth(0)).hasAttribute("aria-selected", "false");
        box.press("ArrowUp");
        assertThat(box).hasAttribute("aria-activedescendant", options.nth(0).getAttribute("id"));
        box.press("Escape");
        assertThat(options).hasCount(0);

        box.fill(name + " Konst");
        assertThat(options).hasCount(1);
        box.press("ArrowDown");
        box.press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Konstantin " + name)))
                .isVisible();

        // At phone width the results fit the screen too.
        page.setViewportSize(375, 800);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toggle navigation"))
                .click();
        box.fill(name);
        assertThat(options).hasCount(2);
        fitsTheViewport(page.locator("#search-results").boundingBox(), 375);
        org.assertj.core.api.Assertions.assertThat((int) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375);
    }

    private static void fitsTheViewport(BoundingBox box, int width) {
        org.assertj.core.api.Assertions.assertThat(box.x).isGreaterThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(box.x + box.width).isLessThanOrEqualTo(width);
    }
}
