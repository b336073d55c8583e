package io.rapport.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL left running in our data directory by a Rapport that was killed (kill -9, a crash):
 * {@code pg_ctl} runs the server in a session of its own, so it outlives the JVM, keeps its {@code postmaster.pid}
 * and its port, and a new server cannot start there. Its own lock file names it (line 1 its pid, line 2 its data
 * directory, line 4 its port); it is stopped with SIGTERM (PostgreSQL's smart shutdown: its clients died with the
 * JVM, so it ends at once and cleanly) before the new one starts.
 */
final class LeftoverPostgres {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);

    private final long pid;
    private final int port;

    private LeftoverPostgres(long pid, int port) {
        this.pid = pid;
        this.port = port;
    }

    /** The server named by {@code postmaster.pid} in {@code dataDirectory}, if it is still running there. */
    static Optional<LeftoverPostgres> in(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: PostgreSQL itself will say what is wrong with it
        }
        if (lines.size() < 4 || !sameDirectory(Path.of(lines.get(1).trim()), dataDirectory)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(LeftoverPostgres::isPostgres)
                    .map(process -> new LeftoverPostgres(pid, port));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the server and waits for it to be gone; false when it is still running after {@code patience}. */
    boolean stop(Duration patience) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        log.warn(
                "An embedded PostgreSQL (pid {}, port {}) was left running in this data directory by a Rapport that"
                        + " did not stop cleanly; stopping it before starting a new one",
                pid,
                port);
        process.get().destroy();
        try {
            process.get().onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            log.warn("The leftover PostgreSQL (pid {}) has stopped", pid);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    long pid() {
        return pid;
    }

    /** After a reboot the pid may belong to an unrelated process, which must be left alone. */
    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(false);
    }

    private static boolean sameDirectory(Path named, Path ours) {
        try {
            return Files.isSameFile(named, ours);
        } catch (IOException e) {
            return false;
        }
    }
}
