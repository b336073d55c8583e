package io.rapport.company;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyMerges extends JpaRepository<CompanyMerge, UUID> {

    List<CompanyMerge> findBySurvivorIdAndUndoneAtIsNullOrderByMergedAtDesc(UUID survivorId);
}
