package io.rapport.contact;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A contact's editable fields, as the API's JSON and the UI's form send them. {@code email} and {@code phone} are
 * the primary entries of {@code emails} and {@code phones}. Bean Validation checks sizes here; whether an email
 * address or a phone number can be read is checked after normalising ({@link ContactNormaliser}), so surrounding
 * spaces or a local number do not count against them.
 */
record ContactInput(
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,

        @Size(max = 254) String email,
        @Size(max = 10) List<@Size(max = 254) String> emails,
        @Size(max = 50) String phone,
        @Size(max = 10) List<@Size(max = 50) String> phones,

        @Size(max = 200) String jobTitle,
        UUID companyId,
        @Size(max = 200) String street,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Size(max = 100) String region,
        @Size(max = 100) String country,
        @Past LocalDate birthDate,
        @Size(max = 50) String gender,
        @Size(max = 100) String profession,
        @Size(max = 100) String source,
        LifecycleStage lifecycleStage,
        UUID ownerId,
        @Size(max = 50) List<@Size(max = 50) String> tags,
        @Size(max = 200) Map<String, Object> customFields) {

    static ContactInput empty() {
        return lead(null, null, null, null);
    }

    /** An input holding only what duplicates are matched on. */
    static ContactInput forMatching(
            String firstName, String lastName, String email, String phone, UUID companyId, String country) {
        return new ContactInput(
                firstName, lastName, email, List.of(), phone, List.of(), null, companyId, null, null, null, null,
                country, null, null, null, null, null, null, List.of(), Map.of());
    }

    /** A new lead known only by name and email address, and where it came from. */
    static ContactInput lead(String firstName, String lastName, String email, String source) {
        return new ContactInput(
                firstName,
                lastName,
                email,
                List.of(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                source,
                LifecycleStage.LEAD,
                null,
                List.of(),
                Map.of());
    }

    /** A new contact's form, opened from a company's page. */
    ContactInput withCompanyId(UUID company) {
        return copy(company, customFields);
    }

    /** The same input with its custom field values in stored form. */
    ContactInput withCustomFields(Map<String, Object> values) {
        return copy(companyId, values);
    }

    private ContactInput copy(UUID company, Map<String, Object> values) {
        return new ContactInput(
                firstName,
                lastName,
                email,
                emails,
                phone,
                phones,
                jobTitle,
                company,
                street,
                postalCode,
                city,
                region,
                country,
                birthDate,
                gender,
                profession,
                source,
                lifecycleStage,
                ownerId,
                tags,
                values);
    }
}
