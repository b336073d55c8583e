package io.rapport.contact;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Contacts extends JpaRepository<Contact, UUID> {

    List<Contact> findByCompanyId(UUID companyId);

    List<Contact> findByCompanyIdIn(Collection<UUID> companyIds);

    List<Contact> findTop100ByCompanyIdAndDeletedAtIsNullOrderByLastNameAscFirstNameAsc(UUID companyId);
}
