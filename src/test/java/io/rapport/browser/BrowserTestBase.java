package io.rapport.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.rapport.support.ChromiumDiscovery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class needs: one Chromium per class, a fresh browser context (no cookies) and page per
 * test, a trace printed when a test fails, and signing in. A subclass is annotated {@code @IntegrationTest} and
 * {@code @Tag("browser")} itself (the test tiers check the names of the classes that carry them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync");

    /** Set once no browser could be had: the first class fails with it, the others are skipped with it. */
    private static volatile String noBrowser;

    @RegisterExtension
    final BrowserTrace trace = new BrowserTrace();

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    void launch() {
        // A cold JVM on a busy 2-core machine can take more than Playwright's default 5 s for a first request.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        Assumptions.assumeTrue(noBrowser == null, () -> noBrowser);
        Optional<Path> installed;
        try {
            installed = ChromiumDiscovery.find(System.getenv(), System.getProperty("os.name"), Files::isExecutable);
        } catch (IllegalStateException e) {
            throw noBrowser(e.getMessage());
        }
        BrowserType.LaunchOptions options =
                new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_ARGS);
        // Whatever stops Playwright here (no Node.js, no download, a browser that does not start) means no browser.
        try {
            if (installed.isPresent()) {
                playwright = Playwright.create();
                options.setExecutablePath(installed.get());
            } else {
                // None on the machine: Playwright downloads its own (the build turns that off by default).
                playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "0")));
            }
            browser = playwright.chromium().launch(options);
        } catch (RuntimeException e) {
            String cause = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
            throw noBrowser(ChromiumDiscovery.HOW_TO_GET_ONE + " (Playwright: " + cause + ")");
        }
    }

    private static NoBrowser noBrowser(String message) {
        noBrowser = message;
        return new NoBrowser(message);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** One line, no stack trace: a missing browser is the machine's state, not a failure of the code under test. */
    private static final class NoBrowser extends RuntimeException {
        NoBrowser(String message) {
            super(message, null, false, false);
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port));
        page = context.newPage();
        trace.follow(page);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /**
     * Opens a collapsed form with its button and waits until Bootstrap's opening transition has ended (the class
     * "show" comes last): a click while the form still grows can land on whatever is under the button when it is
     * dispatched, a Save that sends nothing.
     */
    Locator expand(String button, String form) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
        var expanded = page.locator(form);
        assertThat(expanded).hasClass(Pattern.compile("(^|\\s)show(\\s|$)"));
        return expanded;
    }

    void signIn(String email, String password) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contacts")))
                .isVisible();
    }
}
