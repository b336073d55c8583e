package io.rapport.contact;

import io.rapport.company.CompanyChanged;
import io.rapport.shared.RecordEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Renames the company on its contacts in the same transaction as the company, so search stays right. */
@Component
class CompanyNameListener {

    private final ContactService contacts;

    CompanyNameListener(ContactService contacts) {
        this.contacts = contacts;
    }

    @EventListener
    void on(CompanyChanged event) {
        boolean renamed =
                event.changes().stream().anyMatch(change -> change.field().equals("name"));
        if (event.action() == RecordEvent.Action.UPDATED && renamed) {
            contacts.companyRenamed(event.companyId(), event.name());
        }
    }
}
