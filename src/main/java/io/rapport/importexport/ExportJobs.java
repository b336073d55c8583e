package io.rapport.importexport;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportJobs extends JpaRepository<ExportJob, UUID> {

    List<ExportJob> findByStatusIn(Collection<ExportJob.Status> statuses);

    List<ExportJob> findByFinishedAtBefore(Instant before);
}
