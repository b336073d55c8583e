/**
 * Data in and out of Rapport: imports of CSV, Excel and vCard files into any record type that offers an
 * {@link io.rapport.shared.imports.ImportTarget}, run in the background, resumable after a crash, undoable; and
 * background exports of any list that offers an {@link io.rapport.shared.exports.ExportTarget}.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
package io.rapport.importexport;

import org.springframework.modulith.ApplicationModule;
