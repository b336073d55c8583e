package io.rapport.shared.db;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests that use the database for a while, for the stop-under-load test; only in a Rapport started with
 * {@code rapport.test.slow-requests=true} ({@link RapportProcess}), never in the shared test application.
 */
@RestController
@ConditionalOnProperty("rapport.test.slow-requests")
class SlowRequests {

    private final JdbcClient jdbc;
    private final AtomicInteger running = new AtomicInteger();

    SlowRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds a connection for {@code seconds}, then reads a table: both need the database still there. */
    @GetMapping("/api/v1/test/slow")
    Map<String, Long> slow(@RequestParam double seconds) {
        running.incrementAndGet();
        try {
            jdbc.sql("select 1 from pg_sleep(?)")
                    .param(seconds)
                    .query(Integer.class)
                    .single();
            return Map.of(
                    "users",
                    jdbc.sql("select count(*) from app_user").query(Long.class).single());
        } finally {
            running.decrementAndGet();
        }
    }

    @GetMapping("/api/v1/test/slow/running")
    int running() {
        return running.get();
    }
}
