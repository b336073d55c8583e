package io.rapport.company;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A company as the API returns it. */
record CompanyJson(
        UUID id,
        String name,
        String website,
        String domain,
        String industry,
        String size,
        BigDecimal annualRevenue,
        String phone,
        String phoneE164,
        String street,
        String postalCode,
        String city,
        String region,
        String country,
        UUID parentId,
        UUID ownerId,
        List<String> tags,
        Map<String, Object> customFields,
        Instant createdAt,
        Instant updatedAt,
        Instant lastContactedAt,
        Instant nextActivityAt,
        Instant deletedAt,
        UUID mergedIntoId) {

    /** @param customFields the values of the active custom fields, as {@code CustomFieldDirectory.shown} gives them */
    static CompanyJson of(Company c, Map<String, Object> customFields) {
        return new CompanyJson(
                c.getId(),
                c.getName(),
                c.getWebsite(),
                c.getDomain(),
                c.getIndustry(),
                c.getSize(),
                c.getAnnualRevenue(),
                c.getPhone(),
                c.getPhoneE164(),
                c.getAddress().street(),
                c.getAddress().postalCode(),
                c.getAddress().city(),
                c.getAddress().region(),
                c.getAddress().country(),
                c.getParentId(),
                c.getOwnerId(),
                List.copyOf(c.getTags()),
                customFields,
                c.getCreatedAt(),
                c.getUpdatedAt(),
                c.getLastContactedAt(),
                c.getNextActivityAt(),
                c.getDeletedAt(),
                c.getMergedIntoId());
    }
}
