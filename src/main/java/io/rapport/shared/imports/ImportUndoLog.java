package io.rapport.shared.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record module's log of its records' fields from before an import first updated them, so the import can be
 * undone: one table per record type, {@code (import_id, <record>_id, before jsonb)}, owned by that module, which
 * names it here (a constant of its own code, never user input).
 */
public final class ImportUndoLog<T> {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Class<T> type;
    private final String table;
    private final String idColumn;

    public ImportUndoLog(JdbcClient jdbc, JsonMapper json, Class<T> type, String table, String idColumn) {
        this.jdbc = jdbc;
        this.json = json;
        this.type = type;
        this.table = table;
        this.idColumn = idColumn;
    }

    /** Keeps a record's fields from before the import's first change to it; later changes keep the first. */
    public void remember(UUID importId, UUID recordId, T before) {
        jdbc.sql("insert into " + table + " (import_id, " + idColumn + ", before) values (?, ?, cast(? as jsonb))"
                        + " on conflict do nothing")
                .params(importId, recordId, json.writeValueAsString(before))
                .update();
    }

    /** Up to {@code limit} records the import changed, with their fields from before; forgotten once read. */
    public Map<UUID, T> take(UUID importId, int limit) {
        Map<UUID, T> before = new HashMap<>();
        jdbc.sql("delete from " + table + " where (import_id, " + idColumn + ") in (select import_id, " + idColumn
                        + " from " + table + " where import_id = ? limit ?) returning " + idColumn + ", before")
                .params(importId, limit)
                .query((rs, n) ->
                        before.put(rs.getObject(idColumn, UUID.class), json.readValue(rs.getString("before"), type)))
                .list();
        return before;
    }
}
