package io.rapport.contact;

import io.rapport.shared.PageRequest;
import io.rapport.shared.RecordAccess;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The contact module's public face: search and access checks for other modules, within visibility. */
@Component
@Transactional(readOnly = true)
public class ContactDirectory implements RecordAccess {

    private final ContactService service;

    ContactDirectory(ContactService service) {
        this.service = service;
    }

    public List<ContactSummary> search(String q, int limit) {
        ContactService.Filter filter =
                new ContactService.Filter(q, null, null, null, null, null, null, null, null, false, null);
        return service.list(filter, new PageRequest(limit, null, "lastName", false)).items().stream()
                .map(ContactSummary::of)
                .toList();
    }

    @Override
    public String recordType() {
        return ContactChanged.RECORD_TYPE;
    }

    @Override
    public boolean isVisible(UUID id) {
        return service.find(id).isPresent();
    }
}
