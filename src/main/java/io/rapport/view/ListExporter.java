package io.rapport.view;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.customfield.FieldDefinition;
import io.rapport.shared.CursorPage;
import io.rapport.shared.exports.ExportColumns;
import io.rapport.shared.exports.ExportTarget;
import io.rapport.shared.exports.ListExport;
import io.rapport.shared.exports.PagedExport;
import io.rapport.shared.web.QueryParameters;
import io.rapport.shared.web.TableWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exports a record list as the list shows it, for every record type alike: the list's query (or a saved view's
 * filter), its columns (or the view's), page by page through the list's own keyset query, the active custom
 * fields after the fixed columns as {@code custom.<key>}. A record module says only how to read its query, how
 * to page and how a record's fixed cells read.
 *
 * @param <T> the record
 * @param <Q> the record type's list query
 */
public abstract class ListExporter<T, Q> implements ExportTarget<ListExport<Q>> {

    private final ListViewDirectory views;
    private final CustomFieldDirectory customFields;

    protected ListExporter(ListViewDirectory views, CustomFieldDirectory customFields) {
        this.views = views;
        this.customFields = customFields;
    }

    /** The list query from its parameters, read as a request binds them. */
    protected abstract Q read(Map<String, String> parameters);

    /** The query with a saved view's filter, unless it has one of its own. */
    protected abstract Q withSavedFilter(Q query, String savedFilter);

    /** Reads the query's filter model, so a broken one is a 400 before any export starts. */
    protected abstract void check(Q query);

    /** The page of records after {@code cursor} (null: the first page), in export pages. */
    protected abstract CursorPage<T> page(Q query, String cursor);

    /** The fixed export columns, in order. */
    protected abstract List<String> fixedColumns();

    /** How the list's columns are exported. */
    protected abstract ExportColumns columnChoice();

    /** A record's cells under {@link #fixedColumns()}. */
    protected abstract List<String> fixedRow(T record);

    protected abstract Map<String, Object> customValues(T record);

    @Override
    public ListExport<Q> query(Map<String, String> parameters) {
        Q query = read(parameters);
        List<String> columns = ExportColumns.requested(parameters.get("cols"));
        if (QueryParameters.text(parameters, "view") != null) {
            ListView saved = views.get(recordType(), QueryParameters.uuid(parameters, "view"));
            query = withSavedFilter(query, saved.filter());
            columns = columns.isEmpty() ? saved.columns() : columns;
        }
        check(query);
        return new ListExport<>(query, columns);
    }

    @Override
    public long export(ListExport<Q> export, TableWriter table) throws IOException {
        List<FieldDefinition> custom = customFields.fields(recordType());
        List<String> header = new ArrayList<>(fixedColumns());
        custom.forEach(field -> header.add(field.path()));
        return PagedExport.write(
                table,
                header,
                columnChoice().positions(header, export.columns()),
                cursor -> page(export.query(), cursor),
                record -> {
                    List<String> row = new ArrayList<>(fixedRow(record));
                    Map<String, Object> values = customValues(record);
                    custom.forEach(field -> row.add(field.exportValue(values.get(field.key()))));
                    return row;
                });
    }
}
