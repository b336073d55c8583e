package io.rapport.company;

import java.util.UUID;

/** A company as other modules show it. */
public record CompanySummary(UUID id, String name, String domain, boolean deleted) {

    static CompanySummary of(Company company) {
        return new CompanySummary(company.getId(), company.getName(), company.getDomain(), company.isDeleted());
    }
}
