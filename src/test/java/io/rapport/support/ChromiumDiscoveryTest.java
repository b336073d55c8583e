package io.rapport.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChromiumDiscoveryTest {

    private static final String LINUX = "Linux";

    @Test
    void chromiumPathComesFirst() {
        Set<Path> files = Set.of(Path.of("/opt/chrome/chrome"), Path.of("/usr/bin/chromium"));

        assertThat(ChromiumDiscovery.find(Map.of("CHROMIUM_PATH", "/opt/chrome/chrome"), LINUX, files::contains))
                .hasValue(Path.of("/opt/chrome/chrome"));
    }

    @Test
    void aChromiumPathThatNamesNoFileSaysSoInsteadOfUsingAnotherBrowser() {
        Set<Path> files = Set.of(Path.of("/usr/bin/chromium"));

        assertThatThrownBy(() ->
                        ChromiumDiscovery.find(Map.of("CHROMIUM_PATH", "/nowhere/chrome"), LINUX, files::contains))
                .hasMessageContaining("CHROMIUM_PATH is /nowhere/chrome");
    }

    @Test
    void theSearchPathComesBeforeTheUsualFolders() {
        Set<Path> files = Set.of(Path.of("/home/me/bin/google-chrome"), Path.of("/usr/bin/chromium"));

        assertThat(ChromiumDiscovery.find(Map.of("PATH", "/usr/local/bin:/home/me/bin"), LINUX, files::contains))
                .hasValue(Path.of("/home/me/bin/google-chrome"));
    }

    @Test
    void snapAndDistributionNamesAreFoundWithoutAPath() {
        assertThat(ChromiumDiscovery.find(Map.of(), LINUX, Set.of(Path.of("/snap/bin/chromium"))::contains))
                .hasValue(Path.of("/snap/bin/chromium"));
        assertThat(ChromiumDiscovery.find(Map.of(), LINUX, Set.of(Path.of("/usr/bin/google-chrome-stable"))::contains))
                .hasValue(Path.of("/usr/bin/google-chrome-stable"));
        assertThat(ChromiumDiscovery.find(Map.of(), LINUX, Set.of(Path.of("/usr/bin/chromium-browser"))::contains))
                .hasValue(Path.of("/usr/bin/chromium-browser"));
    }

    @Test
    void macOsApplicationsAreLookedForOnMacOsOnly() {
        Path chrome = Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
        Path userChromium = Path.of("/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium");

        assertThat(ChromiumDiscovery.find(Map.of(), "Mac OS X", Set.of(chrome)::contains))
                .hasValue(chrome);
        assertThat(ChromiumDiscovery.find(Map.of("HOME", "/Users/me"), "Mac OS X", Set.of(userChromium)::contains))
                .hasValue(userChromium);
        assertThat(ChromiumDiscovery.find(Map.of(), LINUX, Set.of(chrome)::contains))
                .isEmpty();
    }

    @Test
    void noBrowserAnywhereIsEmptySoPlaywrightsDownloadIsTried() {
        assertThat(ChromiumDiscovery.find(Map.of("PATH", "/usr/bin:/bin"), LINUX, path -> false))
                .isEmpty();
    }
}
