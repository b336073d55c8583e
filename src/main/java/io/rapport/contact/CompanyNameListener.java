package io.rapport.contact;

import io.rapport.company.CompanyChanged;
import io.rapport.company.CompanyDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the company name that contacts carry (shown in lists, searched in the index) in step when a company is
 * renamed. Asynchronous, after the company's transaction and in one of its own: a company with thousands of
 * contacts is renamed without waiting for them, and a failure here (a database blip) never undoes the rename; the
 * event publication registry keeps the event until this has succeeded and retries it. It sets the name the company
 * has now, not the one in the event, so a late retry or two renames handled out of order end with the latest name,
 * and running twice does no harm. Only events that change a name reach the registry ({@code condition}).
 */
@Component
class CompanyNameListener {

    private final ContactService contacts;
    private final CompanyDirectory companies;

    CompanyNameListener(ContactService contacts, CompanyDirectory companies) {
        this.contacts = contacts;
        this.companies = companies;
    }

    @ApplicationModuleListener(condition = "#change.renamed()")
    void on(CompanyChanged change) {
        companies.currentName(change.recordId()).ifPresent(name -> contacts.companyRenamed(change.recordId(), name));
    }
}
