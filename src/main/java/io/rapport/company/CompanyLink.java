package io.rapport.company;

import java.util.UUID;

/**
 * The company an imported row is linked to.
 *
 * @param created whether the import's transaction created it (and a rollback would take it back)
 */
public record CompanyLink(UUID id, String name, boolean created) {}
