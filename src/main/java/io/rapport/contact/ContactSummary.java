package io.rapport.contact;

import java.util.UUID;

/** A contact as other modules show it. */
public record ContactSummary(UUID id, String name, String email, UUID companyId, String companyName) {

    static ContactSummary of(Contact contact) {
        return new ContactSummary(
                contact.getId(),
                contact.fullName(),
                contact.primaryEmail(),
                contact.getCompanyId(),
                contact.getCompanyName());
    }
}
