package io.rapport.company;

import io.rapport.customfield.ListColumnChoice;
import io.rapport.shared.web.ListRow;
import java.util.Map;
import java.util.UUID;

/** The cells of the companies list: what each column shows of a company. */
final class CompanyRows implements ListColumnChoice.RowCells<Company> {

    private final String contextPath;
    private final Map<UUID, String> ownerNames;

    CompanyRows(String contextPath, Map<UUID, String> ownerNames) {
        this.contextPath = contextPath;
        this.ownerNames = ownerNames;
    }

    @Override
    public ListRow.Builder named(Company company) {
        return ListRow.named(contextPath + "/companies/" + company.getId(), company.getName());
    }

    @Override
    public void fixed(Company company, String column, ListRow.Builder row) {
        switch (column) {
            case "domain" -> row.text(company.getDomain());
            case "industry" -> row.text(company.getIndustry());
            case "size" -> row.text(company.getSize());
            case "city" -> row.text(company.getAddress().city());
            case "country" -> row.text(company.getAddress().country());
            case "owner" -> row.text(ownerNames.get(company.getOwnerId()));
            case "tags" -> row.tags(company.getTags());
            case "updatedAt" -> row.time(company.getUpdatedAt());
            case "lastContacted" -> row.time(company.getLastContactedAt());
            case "nextActivity" -> row.time(company.getNextActivityAt());
            default -> throw new IllegalArgumentException("not a company list column: " + column);
        }
    }

    @Override
    public Map<String, Object> customValues(Company company) {
        return company.getCustomFields();
    }
}
