package io.rapport.contact;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactMerges extends JpaRepository<ContactMerge, UUID> {

    List<ContactMerge> findBySurvivorIdAndUndoneAtIsNullOrderByMergedAtDesc(UUID survivorId);
}
