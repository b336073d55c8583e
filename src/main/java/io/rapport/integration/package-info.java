/**
 * Data in and out of Rapport: imports of CSV, Excel and vCard files into any record type that offers an
 * {@link io.rapport.shared.imports.ImportTarget}, run in the background, resumable after a crash, undoable.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
package io.rapport.integration;

import org.springframework.modulith.ApplicationModule;
