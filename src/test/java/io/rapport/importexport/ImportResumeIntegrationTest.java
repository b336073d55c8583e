package io.rapport.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rapport.identity.RunAs;
import io.rapport.shared.search.SearchIndexing;
import io.rapport.support.Api;
import io.rapport.support.IntegrationTest;
import io.rapport.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import stopped in the middle (the process going away between two batches, as a shutdown or a crash after a
 * commit leaves it) resumes after its last batch when the application starts again, and no row is in twice.
 * A crash inside a batch is the database's part: the batch's transaction, progress included, never commits.
 */
@IntegrationTest
class ImportResumeIntegrationTest {

    private static final int ROWS = 5_000;

    @LocalServerPort
    int port;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportFiles files;

    @Autowired
    ImportTargets targets;

    @Autowired
    ImportLedger ledger;

    @Autowired
    RunAs runAs;

    @Autowired
    SearchIndexing searchIndexing;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportStoppedHalfWayResumesAtTheNextStartAndImportsEveryRowOnce() throws Exception {
        Api api = TestUsers.admin(port);
        String tag = "r" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("Email,First Name,Last Name\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("person")
                    .append(i)
                    .append('@')
                    .append(tag)
                    .append(".example,Person,Number ")
                    .append(i)
                    .append('\n');
        }
        UUID id = api.upload(
                        "/api/v1/imports?start=false",
                        "resume.csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8))
                .expect(201)
                .id();
        // Queued as a start would queue it, but without the event, so only the runners of this test take it.
        jdbc.sql("update import_job set status = 'QUEUED' where id = ?")
                .param(id)
                .update();

        ImportRunner first = runner();
        first.resume();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> rowsDone(id) >= 1_000);
        first.stop();

        long done = rowsDone(id);
        assertThat(status(id)).isEqualTo("RUNNING");
        assertThat(done).isLessThan(ROWS).isEqualTo(imported(id));

        ImportRunner second = runner();
        second.resume();
        await().atMost(Duration.ofSeconds(60)).until(() -> status(id).equals("COMPLETED"));
        second.stop();

        assertThat(status(id)).isEqualTo("COMPLETED");
        assertThat(imported(id)).isEqualTo(ROWS);
        assertThat(jdbc.sql("select count(distinct emails[1]) from contact where import_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(ROWS);
        assertThat(api.get("/api/v1/imports/" + id)
                        .expect(200)
                        .json()
                        .get("created")
                        .asLong())
                .isEqualTo(ROWS);
    }

    private ImportRunner runner() {
        return new ImportRunner(jobs, files, targets, ledger, runAs, searchIndexing, transaction);
    }

    private long rowsDone(UUID id) {
        return jdbc.sql("select rows_done from import_job where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private String status(UUID id) {
        return jdbc.sql("select status from import_job where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private long imported(UUID id) {
        List<Long> count = jdbc.sql("select count(*) from contact where import_id = ?")
                .param(id)
                .query(Long.class)
                .list();
        return count.get(0);
    }
}
