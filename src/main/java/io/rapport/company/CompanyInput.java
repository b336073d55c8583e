package io.rapport.company;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A company's editable fields, as the API's JSON and the UI's form both send them. */
record CompanyInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 500) String website,
        @Size(max = 253) String domain,
        @Size(max = 100) String industry,
        @Size(max = 20) String size,
        @DecimalMin("0") @DecimalMax("9999999999999999") BigDecimal annualRevenue,
        @Size(max = 50) String phone,
        @Size(max = 200) String street,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Size(max = 100) String region,
        @Size(max = 100) String country,
        UUID parentId,
        UUID ownerId,
        @Size(max = 50) List<@Size(max = 50) String> tags,
        @Size(max = 200) Map<String, Object> customFields) {

    static CompanyInput empty() {
        return new CompanyInput(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(),
                Map.of());
    }

    /** An input holding only what duplicates are matched on. */
    static CompanyInput forMatching(String name, String website, String domain, String phone, String country) {
        return new CompanyInput(
                name, website, domain, null, null, null, phone, null, null, null, null, country, null, null, List.of(),
                Map.of());
    }

    /** The same input with its custom field values in stored form. */
    CompanyInput withCustomFields(Map<String, Object> values) {
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
                tags,
                values);
    }
}
