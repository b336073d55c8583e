package io.rapport.shared.imports;

import java.util.List;

/**
 * A record type that files can be imported into. Each record module implements it for its records, with its own
 * checks and normalisation; the importexport module reads files, maps columns and runs the batches without
 * knowing any record type.
 *
 * @param <C> a batch of rows as {@link #check} leaves them, in the target's own form
 */
public interface ImportTarget<C> {

    String recordType();

    /** The fields a column may be mapped to, custom fields included, with the headers that suggest each. */
    List<ImportField> fields();

    /** Checks and normalises rows as an import would, and says what it would do with each, writing nothing. */
    List<RowPreview> preview(List<ImportRow> rows, ImportSettings settings);

    /**
     * Reads, checks and normalises a batch without looking at stored records and outside any transaction, so the
     * runner can check the next batch on another thread while this one is written.
     */
    C check(List<ImportRow> rows, ImportSettings settings);

    /** Writes one checked batch in the caller's transaction; rows that cannot be imported are failures. */
    BatchOutcome write(C checked, ImportSettings settings);

    /**
     * Takes a whole import back in the caller's transaction: the records it created go to the trash, the ones it
     * updated get their fields from before. Returns how many records changed.
     */
    long undo(ImportSettings settings);
}
