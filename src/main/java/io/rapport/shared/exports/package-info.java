/**
 * The contract between exports (streamed downloads, and background jobs in the importexport module) and the record
 * modules whose lists can be exported ({@link io.rapport.shared.exports.ExportTarget}).
 */
package io.rapport.shared.exports;
