package io.rapport.company;

import java.util.UUID;

/**
 * The company an imported row is linked to, or why it could not be created.
 *
 * @param created whether the import's transaction created it (and a rollback would take it back)
 * @param refusal the checks a company that had to be created failed (a required custom field, say); null when
 *     linked
 */
public record CompanyLink(UUID id, String name, boolean created, String refusal) {

    public CompanyLink(UUID id, String name, boolean created) {
        this(id, name, created, null);
    }

    static CompanyLink refused(String refusal) {
        return new CompanyLink(null, null, false, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
