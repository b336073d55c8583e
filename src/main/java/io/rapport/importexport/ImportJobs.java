package io.rapport.importexport;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobs extends JpaRepository<ImportJob, UUID> {

    List<ImportJob> findTop50ByOwnerIdOrderByCreatedAtDesc(UUID ownerId);

    List<ImportJob> findTop50ByOrderByCreatedAtDesc();

    List<ImportJob> findByStatusIn(List<ImportJob.Status> statuses);
}
