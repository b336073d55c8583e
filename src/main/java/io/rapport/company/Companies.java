package io.rapport.company;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Companies extends JpaRepository<Company, UUID> {

    List<Company> findByParentIdAndDeletedAtIsNullOrderByName(UUID parentId);

    List<Company> findByIdIn(Collection<UUID> ids);
}
