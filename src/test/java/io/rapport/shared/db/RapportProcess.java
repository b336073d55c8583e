package io.rapport.shared.db;

import static org.awaitility.Awaitility.await;

import io.rapport.RapportApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rapport in a JVM of its own on the test class path, on the embedded PostgreSQL of {@code dataDir}: for what a
 * test cannot do to the shared application (send it SIGTERM or SIGKILL, take its database away). Its output goes
 * to a log file next to the data directory. Closing it stops it and any PostgreSQL it left in the data directory.
 */
final class RapportProcess implements AutoCloseable {

    static final String ADMIN_EMAIL = "admin@process.test";
    static final String ADMIN_PASSWORD = "process-password-1";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int port;

    private RapportProcess(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
    }

    static RapportProcess start(Path dataDir, String... arguments) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile(dataDir.toAbsolutePath().getParent(), dataDir.getFileName() + "-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                // Starts sooner on a busy machine: the tests need no optimised code.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                RapportApplication.class.getName(),
                "--rapport.data-dir=" + dataDir.toAbsolutePath(),
                "--server.port=" + port,
                "--rapport.admin.email=" + ADMIN_EMAIL,
                "--rapport.admin.password=" + ADMIN_PASSWORD));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new RapportProcess(process, dataDir, log, port);
    }

    /** Waits until readiness says UP; fails at once, with the log, if the process ends first. */
    RapportProcess awaitReady(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("Rapport exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                return get("/actuator/health/readiness", null).statusCode() == 200;
            } catch (IOException e) {
                return false; // not listening yet
            }
        });
        return this;
    }

    /** A fresh API token of the administrator. */
    String token() throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(uri("/api/v1/auth/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\""
                                + ADMIN_PASSWORD + "\",\"name\":\"test\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(answer.body());
        if (answer.statusCode() != 201 || !token.find()) {
            throw new AssertionError("No token: " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    Process process() {
        return process;
    }

    /** The pid of the embedded PostgreSQL, from its lock file. */
    long postgresPid() throws IOException {
        return Long.parseLong(Files.readAllLines(postgresDirectory().resolve("postmaster.pid"))
                .get(0)
                .trim());
    }

    Path postgresDirectory() {
        return dataDir.resolve("postgres");
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        LeftoverPostgres.in(postgresDirectory()).ifPresent(leftover -> leftover.stop(Duration.ofSeconds(30)));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
