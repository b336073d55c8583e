package io.rapport.contact;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactMerges extends JpaRepository<ContactMerge, UUID> {}
