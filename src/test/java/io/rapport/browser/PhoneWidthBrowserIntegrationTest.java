package io.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.rapport.support.TestRecords.company;
import static io.rapport.support.TestRecords.contact;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every main page fits a phone's width (375 px): nothing scrolls sideways, however long the values. */
@IntegrationTest
@Tag("browser")
class PhoneWidthBrowserIntegrationTest extends BrowserTestBase {

    /** The innermost elements that reach past the window's right edge (those in a scrolling table too), to name what a failure must fix. */
    private static final String WIDEST = """
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                    && ![...e.children].some(c => c.getBoundingClientRect().right
                        > document.documentElement.clientWidth + 1))
                                .slice(0, 3)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : ''))
                .join(', ')
            """;

    private static final String LONG_WORD = "Supercalifragilisticexpialidocious".repeat(2);

    @Test
    void everyMainPageFitsAPhonesWidth() {
        Api api = TestUsers.admin(port);
        String run = UUID.randomUUID().toString().substring(0, 6);
        UUID companyId = api.createCompany(company("Vidde " + LONG_WORD + " " + run)
                .website("https://www." + LONG_WORD.toLowerCase().substring(0, 60) + ".example/a/very/long/path/"
                        + LONG_WORD)
                .domain(LONG_WORD.toLowerCase().substring(0, 60) + ".example")
                .industry(LONG_WORD));
        UUID contactId = api.createContact(contact("Vida", "Vidde" + LONG_WORD + run)
                .email("vida." + LONG_WORD.toLowerCase() + run + "@example.com")
                .jobTitle(LONG_WORD)
                .companyId(companyId));
        UUID otherId = api.createContact(contact("Vide", "Vidde" + LONG_WORD + run));
        // The imports page lists every import: one with a long file name, as other tests of the run leave.
        api.upload(
                        "/api/v1/imports?start=false",
                        LONG_WORD + "-" + LONG_WORD + "-" + run + ".csv",
                        "lastName\nBerg\n".getBytes(StandardCharsets.UTF_8))
                .expect(201);

        page.setViewportSize(375, 740);
        signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        List<String> overflowing = new ArrayList<>();
        for (String path : List.of(
                "/contacts",
                "/contacts/" + contactId,
                "/contacts/new",
                "/contacts/duplicates",
                "/contacts/merge?ids=" + contactId + "&ids=" + otherId,
                "/companies",
                "/companies/" + companyId,
                "/companies/duplicates",
                "/tasks",
                "/calendar",
                "/imports",
                "/email-templates",
                "/notifications",
                "/account",
                "/search?q=Vidde",
                "/admin/users",
                "/admin/visibility",
                "/admin/custom-fields",
                "/admin/mailboxes",
                "/admin/security-events")) {
            page.navigate(path);
            // The timeline, the tasks and a company's contacts come after the page, by htmx.
            page.waitForLoadState(LoadState.NETWORKIDLE);
            Object widths =
                    page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            List<?> pair = (List<?>) widths;
            if (((Number) pair.get(0)).intValue() > ((Number) pair.get(1)).intValue()) {
                overflowing.add(path + " is " + pair.get(0) + " px wide in " + pair.get(1) + " px, past the edge: "
                        + page.evaluate(WIDEST));
            }
        }
        assertThat(overflowing).isEmpty();
        assertThat(page.locator("main")).isVisible();
    }
}
