package io.rapport.company;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A company to create together with many others ({@link CompanyDirectory#createAll}): demo data, or records carried
 * over from another system. Its fields are checked and normalised like a form's.
 *
 * @param id the new company's id (from {@link io.rapport.shared.Ids#newId()}), so that companies of the same call
 *     can name each other as parent; null: a new one
 * @param parentId a company of the same call or an existing one not in the trash
 * @param ownerId an active user; null: the signed-in user
 * @param createdAt when the company came into being (null: now); carried over records keep their own
 * @param updatedAt when it last changed (null: {@code createdAt})
 */
public record NewCompany(
        UUID id,
        String name,
        String website,
        String domain,
        String industry,
        String size,
        BigDecimal annualRevenue,
        String phone,
        String street,
        String postalCode,
        String city,
        String region,
        String country,
        UUID parentId,
        UUID ownerId,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt) {

    CompanyInput input() {
        return new CompanyInput(
                name,
                website,
                domain,
                industry,
                size,
                annualRevenue,
                phone,
                street,
                postalCode,
                city,
                region,
                country,
                parentId,
                ownerId,
                tags == null ? List.of() : tags,
                Map.of());
    }
}
