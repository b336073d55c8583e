package io.rapport.importexport;

import io.rapport.shared.exports.TableFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An export run in the background: which list (record type and parameters), in which format, and how it ended. */
@Entity
@Table(name = "export_job")
class ExportJob {

    enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED
    }

    @Id
    private UUID id;

    @Column(name = "record_type")
    private String recordType;

    @Enumerated(EnumType.STRING)
    private TableFormat format;

    @Column(name = "file_name")
    private String fileName;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "rows_done")
    private long rowsDone;

    private String message;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ExportJob() {}

    ExportJob(
            UUID id,
            String recordType,
            TableFormat format,
            String fileName,
            Map<String, String> parameters,
            UUID ownerId) {
        this.id = id;
        this.recordType = recordType;
        this.format = format;
        this.fileName = fileName;
        this.parameters = new LinkedHashMap<>(parameters);
        this.status = Status.QUEUED;
        this.ownerId = ownerId;
        this.createdAt = Instant.now();
    }

    void running() {
        status = Status.RUNNING;
    }

    void completed(long rows) {
        status = Status.COMPLETED;
        rowsDone = rows;
        finishedAt = Instant.now();
    }

    void failed(String reason) {
        status = Status.FAILED;
        message = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        finishedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getRecordType() {
        return recordType;
    }

    public TableFormat getFormat() {
        return format;
    }

    Map<String, String> getParameters() {
        return parameters;
    }

    public Status getStatus() {
        return status;
    }

    /** For pages: whether the export is still to be waited for. */
    public boolean isActive() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    public boolean isCompleted() {
        return status == Status.COMPLETED;
    }

    public long getRowsDone() {
        return rowsDone;
    }

    public String getMessage() {
        return message;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** What the downloaded file is called: {@code contacts-2026-11-23.csv}. */
    public String downloadName() {
        return fileName + "-" + createdAt.toString().substring(0, 10) + "." + format.code();
    }
}
