/**
 * Custom fields: the fields admins add to a record type (contact, company; deals, leads and tickets later), the
 * checking and normalising of their values, and the database indexes that keep filters and sorts on them fast.
 * Records keep their values in a JSONB column {@code custom_fields}; {@link io.rapport.customfield.CustomFieldDirectory}
 * is what the record modules call.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
package io.rapport.customfield;

import org.springframework.modulith.ApplicationModule;
