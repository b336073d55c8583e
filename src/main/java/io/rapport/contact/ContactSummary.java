package io.rapport.contact;

import java.util.UUID;

/** A contact as other modules show it. */
public record ContactSummary(UUID id, String name, String email, UUID companyId, String companyName) {

    /** A full name as contacts show it: first and last name, or null when both are empty. */
    static String name(String firstName, String lastName) {
        String name = (firstName + " " + lastName).trim();
        return name.isEmpty() ? null : name;
    }

    static ContactSummary of(Contact contact) {
        return new ContactSummary(
                contact.getId(),
                contact.fullName(),
                contact.primaryEmail(),
                contact.getCompanyId(),
                contact.getCompanyName());
    }
}
