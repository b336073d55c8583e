package io.rapport.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntries extends JpaRepository<AuditEntry, UUID> {

    List<AuditEntry> findByRecordTypeAndRecordIdOrderByOccurredAtDesc(String recordType, UUID recordId, Pageable page);
}
