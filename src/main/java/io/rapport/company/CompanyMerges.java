package io.rapport.company;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyMerges extends JpaRepository<CompanyMerge, UUID> {}
