package io.rapport.importexport;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A background export as the API returns it: {@code status} queued, running, done or failed (as imports say it);
 * {@code file} is where a done one is downloaded.
 */
record ExportJson(
        UUID id,
        String recordType,
        String format,
        String status,
        long rows,
        String message,
        String file,
        Instant createdAt,
        Instant finishedAt) {

    static ExportJson of(ExportJob job) {
        return new ExportJson(
                job.getId(),
                job.getRecordType(),
                job.getFormat().code(),
                job.isCompleted() ? "done" : job.getStatus().name().toLowerCase(Locale.ROOT),
                job.getRowsDone(),
                job.getMessage(),
                job.isCompleted() ? "/api/v1/exports/" + job.getId() + "/file" : null,
                job.getCreatedAt(),
                job.getFinishedAt());
    }
}
