package io.rapport.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contact's editable fields, as the API's JSON and the UI's form send them. {@code email} and {@code phone} are
 * the primary entries of {@code emails} and {@code phones}.
 */
record ContactInput(
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,

        @Size(max = 254) @Email(regexp = EMAIL, message = "must be a valid email address")
        String email,

        @Size(max = 10)
        List<@Size(max = 254) @Email(regexp = EMAIL, message = "must be a valid email address") String> emails,

        @Size(max = 50) @Pattern(regexp = PHONE, message = "must be a phone number")
        String phone,

        @Size(max = 10)
        List<@Size(max = 50) @Pattern(regexp = PHONE, message = "must be a phone number") String> phones,

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
        @Size(max = 50) List<@Size(max = 50) String> tags) {

    /** An address with a dotted domain, or nothing (blank values are dropped when the contact is cleaned). */
    static final String EMAIL = "^\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?\\s*$";

    static final String PHONE = "^\\s*(\\+?[0-9()./\\- ]{3,40}(\\s*(x|ext\\.?)\\s*[0-9]{1,6})?)?\\s*$";

    static ContactInput empty() {
        return new ContactInput(
                null,
                null,
                null,
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
                null,
                LifecycleStage.LEAD,
                null,
                List.of());
    }

    /** A new contact's form, opened from a company's page. */
    ContactInput withCompanyId(UUID companyId) {
        return new ContactInput(
                firstName,
                lastName,
                email,
                emails,
                phone,
                phones,
                jobTitle,
                companyId,
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
                tags);
    }
}
