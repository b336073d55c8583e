package io.rapport.contact;

import io.rapport.record.ListQuery;
import java.util.UUID;

/**
 * The query parameters a contact list takes, in the API, the UI and their exports alike: full-text {@code q},
 * the simple field filters, the trash, and {@code filter}, the JSON filter model (AND/OR groups of conditions on
 * any field, custom fields as {@code custom.<key>}); {@code importId} keeps the contacts an import created.
 */
record ContactQuery(
        String q,
        LifecycleStage lifecycleStage,
        UUID companyId,
        UUID ownerId,
        String country,
        String city,
        String source,
        String tag,
        String email,
        UUID importId,
        Boolean deleted,
        String filter)
        implements ListQuery<ContactQuery> {}
