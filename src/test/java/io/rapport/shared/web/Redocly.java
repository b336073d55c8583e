package io.rapport.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Redocly CLI at the version pinned in {@code src/test/openapi/package-lock.json}, installed by {@code npm ci} into
 * {@code target/redocly} the first time a build needs it (npm's cache makes later builds offline). Installed by
 * the test that uses it rather than by every build, so runs without that test pay nothing.
 */
final class Redocly {

    private static final Path SOURCE = Path.of("src/test/openapi");
    private static final Path HOME = Path.of("target/redocly");
    private static final Path CLI = HOME.resolve("node_modules/@redocly/cli/bin/cli.js");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration LINT_TIMEOUT = Duration.ofMinutes(2);

    private Redocly() {}

    /** The linter's verdict on a document, by the rules of {@code src/test/openapi/redocly.yaml}. */
    record Lint(int exitCode, String output) {}

    static Lint lint(Path document) throws IOException, InterruptedException {
        install();
        return run(
                List.of(
                        "node",
                        CLI.toString(),
                        "lint",
                        "--config",
                        SOURCE.resolve("redocly.yaml").toString(),
                        "--format",
                        "stylish",
                        document.toString()),
                Path.of("."),
                LINT_TIMEOUT);
    }

    private static synchronized void install() throws IOException, InterruptedException {
        Path lockfile = SOURCE.resolve("package-lock.json");
        Path installed = HOME.resolve("package-lock.json");
        if (Files.exists(CLI) && Files.exists(installed) && Files.mismatch(lockfile, installed) == -1) {
            return;
        }
        Files.createDirectories(HOME);
        Files.copy(SOURCE.resolve("package.json"), HOME.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lockfile, installed, StandardCopyOption.REPLACE_EXISTING);
        // --ignore-scripts: the linter needs no install script (core-js's only prints an advertisement).
        Lint install = run(
                List.of("npm", "ci", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund"),
                HOME,
                INSTALL_TIMEOUT);
        if (install.exitCode() != 0) {
            throw new IllegalStateException("npm ci in " + HOME + " failed (Node.js and npm must be installed, and"
                    + " the npm registry reachable the first time):\n" + install.output());
        }
    }

    private static Lint run(List<String> command, Path directory, Duration timeout)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("redocly", ".log");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command)
                        .directory(directory.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException(command.get(0) + " was not found: install Node.js and npm", e);
            }
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeout);
            }
            return new Lint(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
