/**
 * The record kit: what every record type's module shares, written once. {@link io.rapport.record.RecordStore}
 * reads records the signed-in user may see (keyset lists, the filter model, full text, the trash);
 * {@link io.rapport.record.RecordLifecycle} writes the shared parts of a record's life (trash, restore, merge
 * and its undo) and publishes the change for the audit trail and the timeline; {@link
 * io.rapport.record.RecordListPage} fills a list page (saved views, columns, rows, export links) and {@link
 * io.rapport.record.RecordExport} exports a list as it is shown. A record module declares its
 * {@link io.rapport.shared.record.RecordType} and writes only what is its own: fields, rules, its pages' own parts.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "customfield", "view"})
package io.rapport.record;

import org.springframework.modulith.ApplicationModule;
