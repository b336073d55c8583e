package io.rapport.importexport;

import io.rapport.shared.Ids;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Mappings people saved, header to field, offered again for the next file with the same headers. */
@Component
class SavedMappings {

    private static final TypeReference<Map<String, String>> COLUMNS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SavedMappings(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Saved(UUID id, String name, Map<String, String> columns) {}

    void save(String name, String recordType, List<String> headers, List<String> mapping, UUID ownerId) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int column = 0; column < headers.size(); column++) {
            columns.putIfAbsent(headers.get(column), column < mapping.size() ? mapping.get(column) : null);
        }
        jdbc.sql("""
                        insert into import_mapping (id, name, record_type, columns, owner_id, created_at)
                        values (?, ?, ?, cast(? as jsonb), ?, now())""")
                .params(Ids.newId(), name, recordType, json.writeValueAsString(columns), ownerId)
                .update();
    }

    /** The user's mappings for a record type, newest first. */
    List<Saved> list(UUID ownerId, String recordType) {
        return jdbc.sql("""
                        select id, name, columns from import_mapping where owner_id = ? and record_type = ?
                        order by created_at desc limit 100""")
                .params(ownerId, recordType)
                .query((rs, n) -> new Saved(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        json.readValue(rs.getString("columns"), COLUMNS)))
                .list();
    }

    List<Map<String, String>> of(UUID ownerId, String recordType) {
        return list(ownerId, recordType).stream().map(Saved::columns).toList();
    }
}
