package io.rapport.importexport;

import io.rapport.identity.CurrentUser;
import io.rapport.identity.SignedInUser;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.imports.ImportField;
import io.rapport.shared.imports.ImportRow;
import io.rapport.shared.imports.ImportTarget;
import io.rapport.shared.imports.RowPreview;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports as people start and follow them: upload, mapping, preview, start, cancel, undo, the error file. An
 * import is its owner's (and the administrators'); anyone else gets 404.
 */
@Service
@Transactional
class ImportService {

    static final String RECORD_TYPE = "import";
    private static final int PREVIEW_ROWS = 20;

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportTargets targets;
    private final ImportLedger ledger;
    private final SavedMappings savedMappings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ImportService(
            ImportJobs jobs,
            ImportFiles files,
            ImportTargets targets,
            ImportLedger ledger,
            SavedMappings savedMappings,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.files = files;
        this.targets = targets;
        this.ledger = ledger;
        this.savedMappings = savedMappings;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Published when an import is queued or its undo asked for; the runner takes it after the commit. */
    record ImportQueued(UUID id) {}

    /**
     * Keeps the file, reads it whole and suggests a mapping; a file that cannot be read is refused. Runs outside a
     * transaction: reading a large file takes seconds, which should not hold a database connection.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    ImportJob upload(String recordType, String fileName, InputStream content, Boolean hasHeader) {
        ImportTarget<?> target = targets.get(recordType);
        UUID id = Ids.newId();
        try {
            Path file = files.store(id, content);
            ImportFiles.Shape shape = files.inspect(file, fileName, hasHeader);
            ImportJob job = new ImportJob(
                    id, recordType, fileName(fileName), shape, currentUser.get().id());
            job.configure(
                    MappingSuggester.suggest(
                            shape.headers(),
                            target.fields(),
                            savedMappings.of(currentUser.get().id(), recordType)),
                    job.getDuplicatePolicy(),
                    job.getMatchOn());
            return jobs.save(job);
        } catch (IOException e) {
            files.delete(id);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            files.delete(id);
            throw e;
        }
    }

    @Transactional(readOnly = true)
    ImportJob get(UUID id) {
        SignedInUser user = currentUser.get();
        return jobs.findById(id)
                .filter(job -> user.isAdmin() || job.getOwnerId().equals(user.id()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    @Transactional(readOnly = true)
    List<ImportJob> list() {
        SignedInUser user = currentUser.get();
        return user.isAdmin()
                ? jobs.findTop50ByOrderByCreatedAtDesc()
                : jobs.findTop50ByOwnerIdOrderByCreatedAtDesc(user.id());
    }

    @Transactional(readOnly = true)
    List<ImportField> fields(ImportJob job) {
        return targets.get(job.getRecordType()).fields();
    }

    /** The first rows of a draft's file as they are, for the mapping page. */
    @Transactional(readOnly = true)
    List<List<String>> sample(ImportJob job, int rows) {
        List<List<String>> sample = new ArrayList<>();
        try (RowReader reader = files.open(job)) {
            for (List<String> cells = reader.next(); cells != null && sample.size() < rows; cells = reader.next()) {
                sample.add(cells);
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        return sample;
    }

    /** The first rows as the import would write them, and what it would do with each; writes nothing. */
    List<RowPreview> preview(UUID id, ImportRequest request) {
        ImportJob job = draft(id);
        configure(job, request);
        List<ImportRow> rows = new ArrayList<>();
        try (RowReader reader = files.open(job)) {
            for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
                rows.add(ImportRows.map(rows.size() + 1, cells, job.getMapping()));
                if (rows.size() == PREVIEW_ROWS) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        return targets.get(job.getRecordType()).preview(rows, job.settings());
    }

    ImportJob start(UUID id, ImportRequest request) {
        ImportJob job = draft(id);
        configure(job, request);
        if (request.saveMappingAs() != null && !request.saveMappingAs().isBlank()) {
            savedMappings.save(
                    request.saveMappingAs().strip(),
                    job.getRecordType(),
                    job.getHeaders(),
                    job.getMapping(),
                    job.getOwnerId());
        }
        job.queue();
        events.publishEvent(new ImportQueued(id));
        return job;
    }

    /** Stops a queued or running import after its current batch; what is in stays in (and can be undone). */
    ImportJob cancel(UUID id) {
        ImportJob job = get(id);
        if (job.getStatus() == ImportJob.Status.DRAFT) {
            ledger.finish(id, ImportJob.Status.CANCELLED, "cancelled before it started");
            files.delete(id);
        } else if (!ledger.requestCancel(id)) {
            throw new InvalidInputException(
                    "status", "the import is " + job.getStatus().name().toLowerCase(Locale.ROOT) + ", not running");
        }
        return job;
    }

    /**
     * Deletes an abandoned draft (uploaded, perhaps mapped, never started) and its uploaded file. A started import
     * stays: what it wrote is taken back by undo, and its history with it. Outside a transaction, so the file goes
     * only once the row's deletion has committed.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void deleteDraft(UUID id) {
        ImportJob job = get(id);
        if (!ledger.deleteDraft(job.getId())) {
            throw new InvalidInputException(
                    "status", "only a draft can be deleted; this import has started (undo takes back what it wrote)");
        }
        files.delete(id);
    }

    /** Takes a finished import back, in the background: its new records to the trash, updated ones restored. */
    ImportJob undo(UUID id) {
        ImportJob job = get(id);
        if (!job.isFinished()) {
            throw new InvalidInputException(
                    "status",
                    "only a finished, cancelled or failed import can be undone; this one is "
                            + job.getStatus().name().toLowerCase(Locale.ROOT));
        }
        ledger.finish(id, ImportJob.Status.UNDOING, null);
        events.publishEvent(new ImportQueued(id));
        return job;
    }

    private ImportJob draft(UUID id) {
        ImportJob job = get(id);
        if (job.getStatus() != ImportJob.Status.DRAFT) {
            throw new InvalidInputException("status", "the import has started already");
        }
        return job;
    }

    private void configure(ImportJob job, ImportRequest request) {
        List<String> mapping = request.mapping() == null ? job.getMapping() : request.mapping();
        checkMapping(job, mapping);
        job.configure(
                mapping.stream()
                        .map(field -> field == null || field.isBlank() ? null : field)
                        .toList(),
                request.duplicatePolicy() == null ? job.getDuplicatePolicy() : request.duplicatePolicy(),
                request.matchOn() == null ? job.getMatchOn() : request.matchOn());
    }

    private void checkMapping(ImportJob job, List<String> mapping) {
        Map<String, ImportField> fields =
                fields(job).stream().collect(Collectors.toMap(ImportField::name, field -> field));
        List<FieldProblem> problems = new ArrayList<>();
        if (mapping.size() > job.getHeaders().size()) {
            problems.add(new FieldProblem(
                    "mapping",
                    "has " + mapping.size() + " columns; the file has "
                            + job.getHeaders().size()));
        }
        Set<String> used = new HashSet<>();
        for (int column = 0; column < mapping.size(); column++) {
            String name = mapping.get(column);
            if (name == null || name.isBlank()) {
                continue;
            }
            ImportField field = fields.get(name);
            if (field == null) {
                problems.add(new FieldProblem(
                        "mapping[" + column + "]", "'" + name + "' is not a field of " + job.getRecordType()));
            } else if (!used.add(name) && !field.multiple()) {
                problems.add(new FieldProblem(
                        "mapping[" + column + "]", "'" + name + "' is mapped from more than one column"));
            }
        }
        if (used.isEmpty()) {
            problems.add(new FieldProblem("mapping", "map at least one column to a field"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String fileName(String name) {
        String plain = name == null || name.isBlank()
                ? "upload"
                : Path.of(name.replace('\\', '/')).getFileName().toString();
        return plain.length() > 255 ? plain.substring(0, 255) : plain;
    }
}
