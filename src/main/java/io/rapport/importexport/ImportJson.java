package io.rapport.importexport;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An import as the API shows it. */
record ImportJson(
        UUID id,
        String recordType,
        String status,
        String fileName,
        String format,
        String encoding,
        String delimiter,
        boolean hasHeader,
        List<String> headers,
        List<String> mapping,
        String duplicatePolicy,
        String matchOn,
        long totalRows,
        long rowsDone,
        int percent,
        long created,
        long updated,
        long skipped,
        long failed,
        long unverifiedPhones,
        List<Long> unverifiedPhoneRows,
        long rowsPerSecond,
        boolean cancelRequested,
        String message,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    static ImportJson of(ImportJob job) {
        return new ImportJson(
                job.getId(),
                job.getRecordType(),
                job.getStatus().code(),
                job.getFileName(),
                job.getFormat().name().toLowerCase(Locale.ROOT),
                job.getEncoding(),
                job.getDelimiter() == null ? null : String.valueOf(job.getDelimiter()),
                job.hasHeader(),
                job.getHeaders(),
                job.getMapping(),
                job.getDuplicatePolicy().code(),
                job.getMatchOn().code(),
                job.getTotalRows(),
                job.getRowsDone(),
                job.getPercent(),
                job.getCreated(),
                job.getUpdated(),
                job.getSkipped(),
                job.getFailed(),
                job.getUnverifiedPhones(),
                job.getUnverifiedPhoneRows(),
                job.getRowsPerSecond(),
                job.isCancelRequested(),
                job.getMessage(),
                job.getCreatedAt(),
                job.getStartedAt(),
                job.getFinishedAt());
    }
}
