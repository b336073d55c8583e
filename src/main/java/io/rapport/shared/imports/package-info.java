/**
 * The contract between imports (files, column mapping, background jobs, in the importexport module) and the record
 * modules that check and write imported rows ({@link io.rapport.shared.imports.ImportTarget}).
 */
package io.rapport.shared.imports;
