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

    List<Company> findTop1000ByImportIdAndDeletedAtIsNullAndIdGreaterThanOrderById(UUID importId, UUID after);

    /** Arrays, not IN lists: an import asks with a thousand names at a time, a new statement for each count. */
    @Query(
            value = "select * from company where deleted_at is null and (lower(name) = any(cast(:names as text[]))"
                    + " or domain = any(cast(:domains as text[])))",
            nativeQuery = true)
    List<Company> findActiveByNamesOrDomains(String[] names, String[] domains);
}
