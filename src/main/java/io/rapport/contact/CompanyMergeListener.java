package io.rapport.contact;

import io.rapport.company.CompaniesMerged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the contacts of merged companies to the survivor in the merge's own transaction, remembering where each
 * was (table {@code contact_company_move}); an undo moves back those still at the survivor.
 *
 * <p>Synchronous, in the merge's transaction: the merge and the contacts' move are one change that commits or
 * rolls back whole, and its undo reads what this wrote.
 */
@Component
class CompanyMergeListener {

    private final Contacts contacts;
    private final ContactService service;
    private final JdbcClient jdbc;

    CompanyMergeListener(Contacts contacts, ContactService service, JdbcClient jdbc) {
        this.contacts = contacts;
        this.service = service;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CompaniesMerged event) {
        if (event.undone()) {
            movedBy(event.mergeId())
                    .forEach((contactId, from) -> contacts.findById(contactId)
                            .filter(contact -> event.survivorId().equals(contact.getCompanyId()))
                            .ifPresent(contact -> service.moveToCompany(
                                    contact, from, event.names().get(from))));
            return;
        }
        String survivorName = event.names().get(event.survivorId());
        for (Contact contact : contacts.findByCompanyIdIn(event.mergedIds())) {
            jdbc.sql("insert into contact_company_move (merge_id, contact_id, from_company_id) values (?, ?, ?)")
                    .params(event.mergeId(), contact.getId(), contact.getCompanyId())
                    .update();
            service.moveToCompany(contact, event.survivorId(), survivorName);
        }
    }

    private Map<UUID, UUID> movedBy(UUID mergeId) {
        Map<UUID, UUID> moved = new LinkedHashMap<>();
        jdbc.sql("select contact_id, from_company_id from contact_company_move where merge_id = ?")
                .param(mergeId)
                .query(row -> {
                    moved.put(row.getObject(1, UUID.class), row.getObject(2, UUID.class));
                });
        return moved;
    }
}
