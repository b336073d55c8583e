package io.rapport.company;

import io.rapport.record.ListQuery;
import java.util.UUID;

/**
 * The query parameters a company list takes, in the API and the UI alike: full-text {@code q}, the simple field
 * filters, the trash, and {@code filter}, the JSON filter model (custom fields as {@code custom.<key>});
 * {@code importId} keeps the companies an import created.
 */
record CompanyQuery(
        String q,
        String industry,
        String country,
        String city,
        String size,
        String tag,
        UUID ownerId,
        UUID parentId,
        UUID importId,
        Boolean deleted,
        String filter)
        implements ListQuery<CompanyQuery> {}
