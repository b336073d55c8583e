package io.rapport.importexport;

import io.rapport.identity.CurrentUser;
import io.rapport.shared.Ids;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.exports.ExportTarget;
import io.rapport.shared.exports.TableFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Background exports as people start and fetch them. The list's parameters are read once at the start (a value
 * that cannot be read is a 400 then, not a failed job later); the export runs as its owner, and only its owner
 * sees it or its file: anyone else gets 404.
 */
@Service
@Transactional
class ExportService {

    static final String RECORD_TYPE = "export";

    /** Parameters of the request that are about the export, not about the list. */
    private static final Set<String> OWN_PARAMETERS = Set.of("recordType", "_csrf");

    private final ExportJobs jobs;
    private final ExportTargets targets;
    private final ExportFiles files;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ExportService(
            ExportJobs jobs,
            ExportTargets targets,
            ExportFiles files,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.targets = targets;
        this.files = files;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Published when an export is queued; the runner starts it once the job is committed. */
    record ExportQueued(UUID id) {}

    ExportJob start(String recordType, Map<String, String> parameters) {
        Map<String, String> list = new LinkedHashMap<>(parameters);
        list.keySet().removeAll(OWN_PARAMETERS);
        TableFormat format = TableFormat.of(list.get("format"));
        ExportTarget<?> target = targets.get(recordType);
        target.query(list);
        ExportJob job = jobs.save(new ExportJob(
                Ids.newId(),
                recordType,
                format,
                target.fileName(),
                list,
                currentUser.get().id()));
        events.publishEvent(new ExportQueued(job.getId()));
        return job;
    }

    @Transactional(readOnly = true)
    ExportJob get(UUID id) {
        return jobs.findById(id)
                .filter(job -> job.getOwnerId().equals(currentUser.get().id()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /** The file of a completed export; 404 while it runs, after it failed or once it has been cleaned away. */
    @Transactional(readOnly = true)
    Path file(UUID id) {
        ExportJob job = get(id);
        Path file = files.of(job);
        if (!job.isCompleted() || !file.toFile().isFile()) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        return file;
    }
}
