package io.rapport.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A contact as the API returns it. */
record ContactJson(
        UUID id,
        String firstName,
        String lastName,
        String email,
        List<String> emails,
        String phone,
        List<String> phones,
        List<String> phonesE164,
        String jobTitle,
        UUID companyId,
        String companyName,
        String street,
        String postalCode,
        String city,
        String region,
        String country,
        LocalDate birthDate,
        String gender,
        String profession,
        String source,
        LifecycleStage lifecycleStage,
        UUID ownerId,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        Instant lastContactedAt,
        Instant nextActivityAt,
        Instant deletedAt,
        UUID mergedIntoId,
        Map<String, Object> customFields) {

    static ContactJson of(Contact c, Map<String, Object> customFields) {
        return new ContactJson(
                c.getId(),
                c.getFirstName(),
                c.getLastName(),
                c.primaryEmail(),
                List.copyOf(c.getEmails()),
                c.primaryPhone(),
                List.copyOf(c.getPhones()),
                List.copyOf(c.getPhonesE164()),
                c.getJobTitle(),
                c.getCompanyId(),
                c.getCompanyName(),
                c.getAddress().street(),
                c.getAddress().postalCode(),
                c.getAddress().city(),
                c.getAddress().region(),
                c.getAddress().country(),
                c.getBirthDate(),
                c.getGender(),
                c.getProfession(),
                c.getSource(),
                c.getLifecycleStage(),
                c.getOwnerId(),
                List.copyOf(c.getTags()),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                c.getLastContactedAt(),
                c.getNextActivityAt(),
                c.getDeletedAt(),
                c.getMergedIntoId(),
                customFields);
    }
}
