package io.rapport.support;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which Chromium the browser tests drive: {@code CHROMIUM_PATH} if set, else a Chromium or Chrome installed on the
 * machine (on the {@code PATH}, in {@code /usr/bin} or {@code /snap/bin}, or macOS's application folders). Empty
 * when there is none: then Playwright's own download is tried ({@code browser.BrowserTestBase}). Takes the environment and
 * a file test rather than reading them, so the rules are tested without the machine's own browsers.
 */
public final class ChromiumDiscovery {

    /** The one line a run without any Chromium stops with. */
    public static final String HOW_TO_GET_ONE = "The browser tests need Chromium or Chrome: install one (Debian/Ubuntu:"
            + " sudo apt-get install chromium; macOS: brew install --cask chromium) or set CHROMIUM_PATH to its"
            + " executable; Playwright's own download (npx playwright install chromium) works too where the machine"
            + " can reach it.";

    private static final List<String> NAMES =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    private static final List<String> DIRECTORIES = List.of("/usr/bin", "/snap/bin");
    private static final List<String> MAC_APPLICATIONS =
            List.of("Chromium.app/Contents/MacOS/Chromium", "Google Chrome.app/Contents/MacOS/Google Chrome");

    private ChromiumDiscovery() {}

    /**
     * The browser to launch. A {@code CHROMIUM_PATH} that names no file is a mistake to report, not a reason to
     * quietly use another browser.
     */
    public static Optional<Path> find(Map<String, String> environment, String osName, Predicate<Path> isExecutable) {
        String configured = environment.get("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!isExecutable.test(path)) {
                throw new IllegalStateException("CHROMIUM_PATH is " + configured
                        + ", which is not an executable file: point it at a Chromium or Chrome, or unset it.");
            }
            return Optional.of(path);
        }
        return candidates(environment, osName).stream().filter(isExecutable).findFirst();
    }

    private static List<Path> candidates(Map<String, String> environment, String osName) {
        List<String> directories = new ArrayList<>();
        String searchPath = environment.get("PATH");
        if (searchPath != null) {
            for (String directory : searchPath.split(File.pathSeparator)) {
                if (!directory.isBlank()) {
                    directories.add(directory);
                }
            }
        }
        directories.addAll(DIRECTORIES);
        List<Path> candidates = new ArrayList<>();
        for (String directory : directories) {
            for (String name : NAMES) {
                candidates.add(Path.of(directory, name));
            }
        }
        if (osName != null && osName.toLowerCase().startsWith("mac")) {
            List<String> folders = new ArrayList<>(List.of("/Applications"));
            String home = environment.get("HOME");
            if (home != null) {
                folders.add(home + "/Applications");
            }
            for (String folder : folders) {
                for (String application : MAC_APPLICATIONS) {
                    candidates.add(Path.of(folder, application));
                }
            }
        }
        return candidates;
    }
}
