package io.rapport.browser;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What the browser did during a test (requests with their status, console messages, page errors), printed only when
 * the test fails: a lost click or a late swap is then told apart from a server error without running it again.
 */
final class BrowserTrace implements TestWatcher {

    private final List<String> lines = new ArrayList<>();

    void follow(Page page) {
        synchronized (lines) {
            lines.clear();
        }
        page.onRequest(request -> {
            if (!isStatic(request.url())) add("-> " + request.method() + " " + request.url());
        });
        page.onResponse(response -> {
            if (!isStatic(response.url()))
                add("<- " + response.status() + " " + response.request().method() + " " + response.url());
        });
        page.onRequestFailed(request -> add("!! " + request.method() + " " + request.url() + " " + request.failure()));
        page.onConsoleMessage(message -> add("console " + message.type() + ": " + message.text()));
        page.onPageError(error -> add("page error: " + error));
        // Where clicks land and what htmx and Bootstrap make of them.
        page.addInitScript("""
                for (const type of ["click", "submit", "htmx:beforeRequest", "htmx:validation:failed",
                    "htmx:responseError", "htmx:sendError", "show.bs.collapse", "shown.bs.collapse"]) {
                  document.addEventListener(type, (event) => console.log(type + " on " + event.target.tagName
                      + (event.target.id ? "#" + event.target.id : "")
                      + " " + (event.target.textContent || "").trim().slice(0, 20).replace(/\\s+/g, " ")), true);
                }
                """);
    }

    private static boolean isStatic(String url) {
        return url.contains("/webjars/") || url.contains("/assets/");
    }

    private void add(String line) {
        synchronized (lines) {
            lines.add(Instant.now() + " " + line);
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        synchronized (lines) {
            System.out.println("Browser trace of " + context.getDisplayName() + ":\n  " + String.join("\n  ", lines));
        }
    }
}
