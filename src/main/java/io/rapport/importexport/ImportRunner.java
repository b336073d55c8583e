package io.rapport.importexport;

import io.rapport.identity.RunAs;
import io.rapport.shared.imports.BatchOutcome;
import io.rapport.shared.imports.ImportRow;
import io.rapport.shared.imports.ImportSettings;
import io.rapport.shared.imports.ImportTarget;
import io.rapport.shared.search.SearchIndexing;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background, one at a time, as the user who started them. Each batch of rows is written in
 * one transaction together with the job's progress, so whatever stops the process (a crash, a kill, a shutdown)
 * leaves every row either in once or not at all; at the next start the job resumes after its last batch.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final int BATCH = 1_000;
    /** Long enough for the index to catch up with the last batches; a longer wait is logged and ends anyway. */
    private static final Duration INDEXING_WAIT = Duration.ofMinutes(2);

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportTargets targets;
    private final ImportLedger ledger;
    private final RunAs runAs;
    private final SearchIndexing searchIndexing;
    private final TransactionTemplate transaction;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(daemon("import"));
    /** Reads and checks the next batch while the import thread writes the current one. */
    private final ExecutorService checker = Executors.newSingleThreadExecutor(daemon("import-check"));

    private volatile boolean stopping;

    ImportRunner(
            ImportJobs jobs,
            ImportFiles files,
            ImportTargets targets,
            ImportLedger ledger,
            RunAs runAs,
            SearchIndexing searchIndexing,
            TransactionTemplate transaction) {
        this.jobs = jobs;
        this.files = files;
        this.targets = targets;
        this.ledger = ledger;
        this.runAs = runAs;
        this.searchIndexing = searchIndexing;
        this.transaction = transaction;
    }

    @TransactionalEventListener
    void on(ImportService.ImportQueued queued) {
        executor.submit(() -> run(queued.id()));
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Picks up imports (and undos) that were under way when the application stopped. */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        jobs.findByStatusIn(List.of(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING, ImportJob.Status.UNDOING))
                .forEach(job -> {
                    log.info("Resuming import {} ({}) after row {}", job.getId(), job.getStatus(), job.getRowsDone());
                    executor.submit(() -> run(job.getId()));
                });
    }

    /** Lets the current batch finish; the job stays running and resumes at the next start. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
        checker.shutdownNow();
    }

    private void run(UUID id) {
        ImportJob job = jobs.findById(id).orElse(null);
        if (job == null) {
            return;
        }
        try {
            ImportTarget<?> target = targets.get(job.getRecordType());
            if (job.getStatus() == ImportJob.Status.UNDOING) {
                runAs.call(job.getOwnerId(), () -> undo(job, target));
            } else if (ledger.start(id)) {
                runAs.call(job.getOwnerId(), () -> importRows(job, target));
            } else if (job.isCancelRequested()) {
                end(id, ImportJob.Status.CANCELLED, "cancelled before it started");
            }
        } catch (RuntimeException e) {
            if (stopping) {
                return;
            }
            log.warn("Import {} failed: {}", id, e.toString());
            end(id, ImportJob.Status.FAILED, reason(e));
        }
    }

    /**
     * Writes batch after batch; while one is written, the next is read and checked on the checking thread, so
     * the CPU work of checking overlaps the database's work of writing.
     */
    private <C> Void importRows(ImportJob job, ImportTarget<C> target) {
        ImportSettings settings = job.settings();
        long done = job.getRowsDone();
        try (RowReader reader = files.open(job)) {
            for (long skipped = 0; skipped < done; skipped++) {
                reader.next();
            }
            Future<Batch<C>> next = readAhead(job, target, reader, done);
            try {
                while (!stopping) {
                    // The batch's time runs from here: waiting for its check counts, so rows/s is the wall rate.
                    long started = System.nanoTime();
                    Batch<C> batch = await(next);
                    if (batch.rows.isEmpty()) {
                        searchIndexing.awaitQueued(INDEXING_WAIT);
                        end(job.getId(), ImportJob.Status.COMPLETED, null);
                        return null;
                    }
                    next = readAhead(job, target, reader, batch.lastNumber());
                    if (!write(job.getId(), target, settings, batch, started)) {
                        end(job.getId(), ImportJob.Status.CANCELLED, "cancelled after " + done + " rows");
                        return null;
                    }
                    done = batch.lastNumber();
                }
            } finally {
                // The reader is closed after this block: the checking thread must be done with it.
                next.cancel(false);
                awaitQuietly(next);
            }
        } catch (IOException e) {
            end(job.getId(), ImportJob.Status.FAILED, "after row " + done + ": " + e.getMessage());
        }
        return null;
    }

    private <C> Future<Batch<C>> readAhead(ImportJob job, ImportTarget<C> target, RowReader reader, long done) {
        return checker.submit(() -> runAs.call(job.getOwnerId(), () -> {
            try {
                return Batch.read(reader, done, job.getMapping(), rows -> target.check(rows, job.settings()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the file", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException) {
                throw ((UncheckedIOException) cause).getCause();
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static void awaitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // Only the batch being written matters; one read ahead that failed or was cancelled is dropped.
        }
    }

    /** Ends an import for good; its file goes, as nothing reads it again (an undo works from the database). */
    private void end(UUID id, ImportJob.Status status, String message) {
        ledger.finish(id, status, message);
        files.delete(id);
    }

    /**
     * Writes a batch with its progress; false when the import was cancelled meanwhile (nothing of the batch
     * stays). A batch the database refuses (a value no check caught) is written again row by row, so only the
     * offending row fails.
     */
    private <C> boolean write(UUID id, ImportTarget<C> target, ImportSettings settings, Batch<C> batch, long started) {
        try {
            return writeTogether(id, target, settings, batch, started);
        } catch (RuntimeException e) {
            log.info("Import {}: a batch was refused ({}); writing it row by row", id, e.toString());
        }
        for (Batch<C> single : batch.singles(rows -> target.check(rows, settings))) {
            boolean kept;
            try {
                kept = writeTogether(id, target, settings, single, System.nanoTime());
            } catch (RuntimeException e) {
                kept = transaction.execute(status -> {
                    BatchOutcome failed = new BatchOutcome(
                            0, 0, 0, List.of(new BatchOutcome.RowFailure(single.firstNumber(), reason(e))));
                    ledger.recordFailures(id, failed.failures(), single.cells);
                    return ledger.recordBatch(id, single.lastNumber(), failed, 0);
                });
            }
            if (!kept) {
                return false;
            }
        }
        return true;
    }

    /** The database's own words (not the SQL around them), e.g. "value too long for type character varying(100)". */
    private static String reason(RuntimeException e) {
        String message = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
        return message == null
                ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }

    private <C> boolean writeTogether(
            UUID id, ImportTarget<C> target, ImportSettings settings, Batch<C> batch, long started) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            ledger.commitWithoutWaitingForDisk();
            BatchOutcome outcome = target.write(batch.checked, settings);
            ledger.recordFailures(id, outcome.failures(), batch.cells);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!ledger.recordBatch(id, batch.lastNumber(), outcome, seconds)) {
                status.setRollbackOnly();
                return false;
            }
            return true;
        }));
    }

    private Void undo(ImportJob job, ImportTarget<?> target) {
        ImportSettings settings = job.settings();
        long changed;
        do {
            if (stopping) {
                return null;
            }
            changed = transaction.execute(status -> target.undo(settings));
        } while (changed > 0);
        searchIndexing.awaitQueued(INDEXING_WAIT);
        ledger.finish(job.getId(), ImportJob.Status.UNDONE, null);
        return null;
    }

    /** Up to {@link #BATCH} rows, mapped and checked, with their cells kept for the error file. */
    private record Batch<C>(List<ImportRow> rows, Map<Long, List<String>> cells, C checked) {

        static <C> Batch<C> read(RowReader reader, long done, List<String> mapping, Function<List<ImportRow>, C> check)
                throws IOException {
            List<ImportRow> rows = new ArrayList<>(BATCH);
            Map<Long, List<String>> cells = new HashMap<>();
            for (List<String> row = reader.next(); row != null; row = rows.size() < BATCH ? reader.next() : null) {
                long number = done + rows.size() + 1;
                rows.add(ImportRows.map(number, row, mapping));
                cells.put(number, row);
            }
            return new Batch<>(rows, cells, check.apply(rows));
        }

        long firstNumber() {
            return rows.get(0).number();
        }

        long lastNumber() {
            return rows.get(rows.size() - 1).number();
        }

        List<Batch<C>> singles(Function<List<ImportRow>, C> check) {
            return rows.stream()
                    .map(row -> new Batch<>(
                            List.of(row), Map.of(row.number(), cells.get(row.number())), check.apply(List.of(row))))
                    .toList();
        }
    }
}
