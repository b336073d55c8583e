package io.rapport.importexport;

import io.rapport.shared.imports.ImportSettings;
import io.rapport.shared.imports.ImportSettings.DuplicatePolicy;
import io.rapport.shared.imports.ImportSettings.MatchOn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An import: the uploaded file, how its columns map onto a record type, and how far it has got. Progress is
 * written by the runner with the batch it belongs to (SQL in {@link ImportJobs}), never through this entity,
 * so a crash leaves counts that match the rows in the database.
 */
@Entity
@Table(name = "import_job")
class ImportJob {

    static final int UNVERIFIED_ROWS_KEPT = 100;

    enum Status {
        /** Uploaded; the columns are being mapped. */
        DRAFT,
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED,
        CANCELLED,
        UNDOING,
        UNDONE;

        boolean isActive() {
            return this == QUEUED || this == RUNNING || this == UNDOING;
        }

        /** Stopped writing, whole or in part, and not undone: what it wrote is there and can be undone. */
        boolean isFinished() {
            return this == COMPLETED || this == FAILED || this == CANCELLED;
        }

        /** As the API says it: lower case, and a completed import is {@code done}. */
        String code() {
            return this == COMPLETED ? "done" : name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "file_name")
    private String fileName;

    @Enumerated(EnumType.STRING)
    private ImportFormat format;

    private String encoding;
    private String delimiter;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> headers = new ArrayList<>();

    @Column(name = "has_header")
    private boolean hasHeader;

    /** The field each column fills, by column; null for a column left out. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> mapping = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "duplicate_policy")
    private DuplicatePolicy duplicatePolicy = DuplicatePolicy.SKIP;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_on")
    private MatchOn matchOn = MatchOn.EMAIL;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "cancel_requested")
    private boolean cancelRequested;

    @Column(name = "rows_done")
    private long rowsDone;

    @Column(name = "created_count")
    private long created;

    @Column(name = "updated_count")
    private long updated;

    @Column(name = "skipped_count")
    private long skipped;

    @Column(name = "failed_count")
    private long failed;

    /** Rows written with a phone kept as typed ({@code BatchOutcome.unverifiedPhones}). */
    @Column(name = "unverified_phone_count")
    private long unverifiedPhones;

    /** The first {@link #UNVERIFIED_ROWS_KEPT} of them, by row number: enough to look at, not a copy of the file. */
    @Column(name = "unverified_phone_rows")
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<Long> unverifiedPhoneRows = new ArrayList<>();

    @Column(name = "total_rows")
    private long totalRows;

    private String message;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "run_seconds")
    private double runSeconds;

    protected ImportJob() {}

    ImportJob(UUID id, String recordType, String fileName, ImportFiles.Shape shape, UUID ownerId) {
        this.id = id;
        this.recordType = recordType;
        this.fileName = fileName;
        this.format = shape.format();
        this.encoding = shape.encoding();
        this.delimiter = shape.delimiter() == null ? null : String.valueOf(shape.delimiter());
        this.headers = new ArrayList<>(shape.headers());
        this.hasHeader = shape.hasHeader();
        this.totalRows = shape.rows();
        this.status = Status.DRAFT;
        this.ownerId = ownerId;
        this.createdAt = Instant.now();
    }

    void configure(List<String> mapping, DuplicatePolicy duplicatePolicy, MatchOn matchOn) {
        this.mapping = new ArrayList<>(mapping);
        this.duplicatePolicy = duplicatePolicy;
        this.matchOn = matchOn;
    }

    void queue() {
        status = Status.QUEUED;
    }

    ImportSettings settings() {
        return new ImportSettings(id, ownerId, duplicatePolicy, matchOn);
    }

    public UUID getId() {
        return id;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public String getEncoding() {
        return encoding;
    }

    public Character getDelimiter() {
        return delimiter == null || delimiter.isEmpty() ? null : delimiter.charAt(0);
    }

    public List<String> getHeaders() {
        return headers;
    }

    public boolean hasHeader() {
        return hasHeader;
    }

    public List<String> getMapping() {
        return mapping;
    }

    public DuplicatePolicy getDuplicatePolicy() {
        return duplicatePolicy;
    }

    public MatchOn getMatchOn() {
        return matchOn;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public long getRowsDone() {
        return rowsDone;
    }

    public long getCreated() {
        return created;
    }

    public long getUpdated() {
        return updated;
    }

    public long getSkipped() {
        return skipped;
    }

    public long getFailed() {
        return failed;
    }

    public long getUnverifiedPhones() {
        return unverifiedPhones;
    }

    public List<Long> getUnverifiedPhoneRows() {
        return unverifiedPhoneRows;
    }

    public long getTotalRows() {
        return totalRows;
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

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** Whether the import is waiting, running or being undone: its page keeps polling. */
    public boolean isActive() {
        return status.isActive();
    }

    /** Whether the import has stopped writing and is not undone (see {@link Status#isFinished()}). */
    public boolean isFinished() {
        return status.isFinished();
    }

    /** Rows per second while running, over all its runs; 0 before the first batch. */
    public long getRowsPerSecond() {
        return runSeconds <= 0 ? 0 : Math.round(rowsDone / runSeconds);
    }

    /** How far through the file, 0 to 100. */
    public int getPercent() {
        return totalRows <= 0 ? 0 : (int) Math.min(100, rowsDone * 100 / totalRows);
    }
}
