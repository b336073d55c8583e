package io.rapport.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEvents extends JpaRepository<SecurityEvent, UUID> {

    List<SecurityEvent> findAllByOrderByOccurredAtDesc(Pageable page);
}
