package io.rapport.importexport;

import io.rapport.shared.imports.BatchOutcome;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import's progress and state changes, written with SQL inside the transaction of the batch they describe:
 * the rows of a batch, its failures and the job's counters commit together or not at all.
 */
@Component
class ImportLedger {

    /** What an error row keeps of each cell, so a file of huge cells does not fill the database twice. */
    private static final int LONGEST_CELL = 1_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportLedger(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Lets the current batch's commit return before it reaches the disk. Safe here, as nowhere else: the batch and
     * the progress that counts it are one transaction, so a crash loses both together (the last fraction of a
     * second of batches) and the resumed import writes them again; the database stays consistent either way.
     */
    void commitWithoutWaitingForDisk() {
        jdbc.sql("set local synchronous_commit to off").update();
    }

    /** Moves a queued (or, after a restart, running) job to running; false when it was cancelled meanwhile. */
    boolean start(UUID id) {
        return jdbc.sql("""
                                update import_job set status = 'RUNNING', started_at = coalesce(started_at, now())
                                where id = ? and status in ('QUEUED', 'RUNNING') and not cancel_requested""").param(id).update() == 1;
    }

    /**
     * Counts a batch; false, and nothing counted, when the job was cancelled meanwhile, in which case the caller
     * rolls the batch back.
     */
    boolean recordBatch(UUID id, long rowsDone, BatchOutcome outcome, double seconds) {
        return jdbc.sql("""
                                update import_job set rows_done = ?, created_count = created_count + ?,
                                    updated_count = updated_count + ?, skipped_count = skipped_count + ?,
                                    failed_count = failed_count + ?, run_seconds = run_seconds + ?,
                                    unverified_phone_count = unverified_phone_count + ?,
                                    unverified_phone_rows = (unverified_phone_rows || cast(? as bigint[]))[1:?]
                                where id = ? and status = 'RUNNING' and not cancel_requested""")
                        .params(
                                rowsDone,
                                outcome.created(),
                                outcome.updated(),
                                outcome.skipped(),
                                outcome.failures().size(),
                                seconds,
                                outcome.unverifiedPhones().size(),
                                outcome.unverifiedPhones().toArray(Long[]::new),
                                ImportJob.UNVERIFIED_ROWS_KEPT,
                                id)
                        .update()
                == 1;
    }

    void recordFailures(UUID id, List<BatchOutcome.RowFailure> failures, Map<Long, List<String>> cells) {
        for (BatchOutcome.RowFailure failure : failures) {
            List<String> kept = cells.getOrDefault(failure.number(), List.of()).stream()
                    .map(cell -> cell.length() > LONGEST_CELL ? cell.substring(0, LONGEST_CELL) + "…" : cell)
                    .toList();
            String reason = failure.reason().length() > 2000 ? failure.reason().substring(0, 2000) : failure.reason();
            jdbc.sql("""
                            insert into import_error (import_id, row_number, reason, cells)
                            values (?, ?, ?, cast(? as jsonb)) on conflict do nothing""")
                    .params(id, failure.number(), reason, json.writeValueAsString(kept))
                    .update();
        }
    }

    void finish(UUID id, ImportJob.Status status, String message) {
        jdbc.sql("update import_job set status = ?, finished_at = now(), message = ? where id = ?")
                .params(status.name(), message == null ? null : truncate(message), id)
                .update();
    }

    /** Deletes a job that is still a draft; false when it is not (started meanwhile, or long since). */
    boolean deleteDraft(UUID id) {
        return jdbc.sql("delete from import_job where id = ? and status = 'DRAFT'")
                        .param(id)
                        .update()
                == 1;
    }

    /** Asks a queued or running import to stop after its current batch. */
    boolean requestCancel(UUID id) {
        return jdbc.sql("""
                                update import_job set cancel_requested = true
                                where id = ? and status in ('QUEUED', 'RUNNING')""").param(id).update() == 1;
    }

    /** The failed rows, in order: row number, reason, cells. */
    List<ErrorRow> errors(UUID id, long afterRow, int limit) {
        return jdbc.sql("""
                        select row_number, reason, cells from import_error
                        where import_id = ? and row_number > ? order by row_number limit ?""")
                .params(id, afterRow, limit)
                .query((rs, n) -> new ErrorRow(
                        rs.getLong("row_number"),
                        rs.getString("reason"),
                        List.of(json.readValue(rs.getString("cells"), String[].class))))
                .list();
    }

    record ErrorRow(long number, String reason, List<String> cells) {}

    private static String truncate(String message) {
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
