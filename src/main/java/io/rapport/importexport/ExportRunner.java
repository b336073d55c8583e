package io.rapport.importexport;

import io.rapport.identity.RunAs;
import io.rapport.shared.exports.ExportTarget;
import io.rapport.shared.web.TableWriter;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs background exports one at a time, as the user who started them, so they hold what that user's list
 * shows. An export the application stopped in the middle of starts over at the next start (its half-written file
 * is thrown away); files and jobs older than a week are removed at start-up.
 */
@Component
class ExportRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);
    private static final Duration KEPT_FOR = Duration.ofDays(7);

    private final ExportJobs jobs;
    private final ExportTargets targets;
    private final ExportFiles files;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "export");
        thread.setDaemon(true);
        return thread;
    });

    ExportRunner(
            ExportJobs jobs, ExportTargets targets, ExportFiles files, RunAs runAs, TransactionTemplate transaction) {
        this.jobs = jobs;
        this.targets = targets;
        this.files = files;
        this.runAs = runAs;
        this.transaction = transaction;
    }

    @TransactionalEventListener
    void on(ExportService.ExportQueued queued) {
        executor.submit(() -> run(queued.id()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAndCleanUp() {
        List<ExportJob> old = jobs.findByFinishedAtBefore(Instant.now().minus(KEPT_FOR));
        old.forEach(files::delete);
        jobs.deleteAll(old);
        jobs.findByStatusIn(List.of(ExportJob.Status.QUEUED, ExportJob.Status.RUNNING))
                .forEach(job -> executor.submit(() -> run(job.getId())));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void run(UUID id) {
        ExportJob job = update(id, ExportJob::running);
        try {
            long rows = runAs.call(job.getOwnerId(), () -> write(job, targets.get(job.getRecordType())));
            update(id, done -> done.completed(rows));
        } catch (RuntimeException e) {
            String reason = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
            log.warn("Export {} failed: {}", id, e.toString());
            update(id, failed -> failed.failed(reason == null ? e.getClass().getSimpleName() : reason));
        }
    }

    private <Q> long write(ExportJob job, ExportTarget<Q> target) {
        Q query = target.query(job.getParameters());
        try {
            return files.write(job, out -> {
                try (TableWriter table = job.getFormat().open(out, target.fileName())) {
                    return target.export(query, table);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the file could not be written: " + e.getMessage(), e);
        }
    }

    private ExportJob update(UUID id, Consumer<ExportJob> change) {
        return transaction.execute(status -> {
            ExportJob job = jobs.findById(id).orElseThrow();
            change.accept(job);
            return job;
        });
    }
}
