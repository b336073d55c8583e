package io.rapport.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Rapport's embedded PostgreSQL through a kill -9, an outage and a stop under load, on a Rapport in a JVM of its
 * own ({@link RapportProcess}): a server left behind is stopped at the next start, an outage is answered 503 at
 * once, and at a stop the database goes last. A start takes minutes on a busy 2-core machine, so the tests follow
 * one installation in this order, each starting a Rapport only when the one before left none running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDatabaseLifecycleIntegrationTest {

    private static final Duration START = Duration.ofMinutes(5);

    private Path dataDir;
    private RapportProcess app;

    @BeforeAll
    void dataDirectory() throws IOException {
        dataDir = Files.createTempDirectory(Path.of("target"), "lifecycle-");
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private RapportProcess app() throws IOException {
        if (app == null || !app.process().isAlive()) {
            app = null;
            app = RapportProcess.start(dataDir, "--rapport.test.slow-requests=true")
                    .awaitReady(START);
        }
        return app;
    }

    @Test
    @Order(1)
    void aPostgresqlLeftRunningByAKilledRapportIsStoppedAtTheNextStart() throws Exception {
        RapportProcess killed = app();
        long leftover = killed.postgresPid();
        killed.process().destroyForcibly().waitFor(); // kill -9: PostgreSQL runs on, adopted by init
        assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive))
                .as("left running")
                .isPresent();

        RapportProcess next = app();

        assertThat(next.log())
                .contains("(pid " + leftover + ", port ")
                .contains("left running in this data directory")
                .contains("The leftover PostgreSQL (pid " + leftover + ") has stopped");
        assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(next.get("/api/v1/contacts", next.token()).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void whileTheDatabaseIsOutRequestsAnswer503AtOnceAndTheFirstOneAfterItIsBackSucceeds() throws Exception {
        RapportProcess app = app();
        String token = app.token();
        assertThat(app.get("/api/v1/contacts", token).statusCode()).isEqualTo(200);
        Postgres postgres = Postgres.of(app.postgresDirectory());

        postgres.stop();
        HttpResponse<String> refused = app.get("/api/v1/contacts", token);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("database-unavailable");
        assertThat(app.get("/api/v1/contacts", token).statusCode()).isEqualTo(503);
        assertThat(app.log())
                .as("the breaker answers while the outage lasts")
                .contains("answering 503 until it is back");
        HttpResponse<String> readiness = app.get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(app.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);

        postgres.start();
        assertThat(app.get("/api/v1/contacts", token).statusCode())
                .as("the first request after the database is back")
                .isEqualTo(200);
        assertThat(app.get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void sigtermUnderLoadLetsEveryRequestInFlightFinishAndStops() throws Exception {
        RapportProcess app = app();
        String token = app.token();
        long postgres = app.postgresPid();
        int requests = 8;
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            List<Future<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                inFlight.add(clients.submit(() -> app.get("/api/v1/test/slow?seconds=2", token)));
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            app.get("/api/v1/test/slow/running", token).body().equals(String.valueOf(requests)));

            app.process().destroy(); // SIGTERM

            for (Future<HttpResponse<String>> request : inFlight) {
                HttpResponse<String> answer = request.get(30, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(answer.body()).contains("\"users\":1");
            }
            assertThat(app.process().waitFor(60, TimeUnit.SECONDS))
                    .as("stopped after SIGTERM")
                    .isTrue();
            await("the embedded PostgreSQL stopped with it")
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> ProcessHandle.of(postgres)
                            .filter(ProcessHandle::isAlive)
                            .isEmpty());
            assertThat(LeftoverPostgres.in(app.postgresDirectory()))
                    .as("no PostgreSQL of this data directory left")
                    .isEmpty();
            assertThat(app.log()).doesNotContain("Connection is not available");
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * The embedded server of a data directory, stopped and started again with its own {@code pg_ctl} and the
     * command line it was started with ({@code postmaster.opts}: the binary, then its quoted arguments).
     */
    private record Postgres(Path directory, Path pgCtl, String options) {

        static Postgres of(Path directory) throws IOException {
            String opts = Files.readString(directory.resolve("postmaster.opts")).strip();
            int space = opts.indexOf(' ');
            Path binary = Path.of(opts.substring(0, space));
            return new Postgres(directory, binary.resolveSibling("pg_ctl"), opts.substring(space + 1));
        }

        void stop() throws IOException, InterruptedException {
            run("stop", "-D", directory.toString(), "-m", "fast", "-w");
        }

        void start() throws IOException, InterruptedException {
            run("start", "-D", directory.toString(), "-w", "-o", options);
        }

        /**
         * As root through {@code unshare -U}, as zonky runs it ({@code pg_ctl} refuses to run as root). The output
         * goes to a file opened here, which the restarted server inherits: a pipe would stay open as long as it runs.
         */
        private void run(String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.add(pgCtl.toString());
            command.addAll(List.of(arguments));
            Path log = directory.resolveSibling("pg_ctl.log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue())
                    .as(() -> command + ": " + readable(log))
                    .isZero();
        }

        private static String readable(Path log) {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return e.toString();
            }
        }
    }
}
