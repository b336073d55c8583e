package io.rapport.record;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.customfield.FieldDefinition;
import io.rapport.shared.CursorPage;
import io.rapport.shared.exports.ExportColumns;
import io.rapport.shared.exports.ExportTarget;
import io.rapport.shared.exports.ListExport;
import io.rapport.shared.exports.PagedExport;
import io.rapport.shared.record.CrmRecord;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.web.QueryParameters;
import io.rapport.shared.web.TableWriter;
import io.rapport.view.ListView;
import io.rapport.view.ListViewDirectory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Exports a record list as the list shows it, for every record type alike: the list's query (completed by a
 * saved view's parameters and filter), its columns (or the view's), page by page through the list's own keyset query, the active custom
 * fields after the fixed columns as {@code custom.<key>}. A record module says only how to read its query, how
 * to page, which fixed columns it has and how a record's fixed cells read.
 *
 * @param <T> the record
 * @param <Q> the record type's list query
 */
public abstract class RecordExport<T extends CrmRecord, Q extends ListQuery<Q>> implements ExportTarget<ListExport<Q>> {

    /** The columns every record exports after its own: its owner, tags and times. */
    static final List<String> RECORD_COLUMNS =
            List.of("ownerId", "tags", "createdAt", "updatedAt", "lastContactedAt", "nextActivityAt");

    /** How the list's columns of every record are exported. */
    private static final Map<String, List<String>> RECORD_COLUMN_CHOICE = Map.of(
            "owner", List.of("ownerId"),
            "lastContacted", List.of("lastContactedAt"),
            "nextActivity", List.of("nextActivityAt"));

    /** Pages of the list for a filter, in export pages. */
    @FunctionalInterface
    public interface Pages<T, Q> {
        CursorPage<T> after(Q query, String cursor);
    }

    private final ListViewDirectory views;
    private final CustomFieldDirectory customFields;
    private final RecordType type;
    private final Class<Q> queryType;
    private final Pages<T, Q> pages;
    private final List<String> fixedColumns;
    private final ExportColumns columnChoice;

    /**
     * @param queryType the record type's list query, read from the parameters as a request binds them
     * @param ownColumns the record type's own export columns, in order; {@link #RECORD_COLUMNS} follow them
     * @param columnChoice how the record type's own list columns are exported
     */
    protected RecordExport(
            ListViewDirectory views,
            CustomFieldDirectory customFields,
            RecordType type,
            Class<Q> queryType,
            Pages<T, Q> pages,
            List<String> ownColumns,
            ExportColumns columnChoice) {
        this.views = views;
        this.customFields = customFields;
        this.type = type;
        this.queryType = queryType;
        this.pages = pages;
        this.fixedColumns =
                Stream.concat(ownColumns.stream(), RECORD_COLUMNS.stream()).toList();
        Map<String, List<String>> exportedAs = new HashMap<>(columnChoice.exportedAs());
        exportedAs.putAll(RECORD_COLUMN_CHOICE);
        this.columnChoice = new ExportColumns(columnChoice.always(), exportedAs);
    }

    /** A record's cells under its own columns. */
    protected abstract List<String> fixedRow(T record);

    /** A record's cells under {@link #RECORD_COLUMNS}. */
    private static List<String> recordCells(CrmRecord record) {
        return Arrays.asList(
                record.getOwnerId().toString(),
                String.join(";", record.getTags()),
                record.getCreatedAt().toString(),
                record.getUpdatedAt().toString(),
                Objects.toString(record.getLastContactedAt(), null),
                Objects.toString(record.getNextActivityAt(), null));
    }

    @Override
    public String recordType() {
        return type.name();
    }

    @Override
    public String fileName() {
        return type.listPath();
    }

    @Override
    public ListExport<Q> query(Map<String, String> parameters) {
        Q query = ListQuery.read(queryType, parameters);
        List<String> columns = ExportColumns.requested(parameters.get("cols"));
        if (QueryParameters.text(parameters, "view") != null) {
            ListView saved = views.get(recordType(), QueryParameters.uuid(parameters, "view"));
            query = query.withView(saved.parameters(), saved.filter());
            columns = columns.isEmpty() ? saved.columns() : columns;
        }
        // Read the filter model now, so a broken one is a 400 before any export starts.
        query.where();
        return new ListExport<>(query, columns);
    }

    @Override
    public long export(ListExport<Q> export, TableWriter table) throws IOException {
        List<FieldDefinition> custom = customFields.fields(recordType());
        List<String> header = new ArrayList<>(fixedColumns);
        custom.forEach(field -> header.add(field.path()));
        return PagedExport.write(
                table,
                header,
                columnChoice.positions(header, export.columns()),
                cursor -> pages.after(export.query(), cursor),
                record -> {
                    List<String> row = new ArrayList<>(fixedRow(record));
                    row.addAll(recordCells(record));
                    Map<String, Object> values = record.getCustomFields();
                    custom.forEach(field -> row.add(field.exportValue(values.get(field.key()))));
                    return row;
                });
    }
}
