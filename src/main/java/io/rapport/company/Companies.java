package io.rapport.company;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Companies extends JpaRepository<Company, UUID> {

    List<Company> findByParentIdAndDeletedAtIsNullOrderByName(UUID parentId);

    List<Company> findByIdIn(Collection<UUID> ids);

    List<Company> findTop1000ByImportIdAndDeletedAtIsNull(UUID importId);

    @Query("select c from Company c where c.deletedAt is null and (lower(c.name) in :names or c.domain in :domains)")
    List<Company> findActiveByNamesOrDomains(Collection<String> names, Collection<String> domains);
}
