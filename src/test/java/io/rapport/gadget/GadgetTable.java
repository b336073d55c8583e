package io.rapport.gadget;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The gadget table, in plain SQL. */
class GadgetTable {

    record Gadget(UUID id, String name, UUID ownerId) {}

    private final JdbcClient jdbc;

    GadgetTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(String name, UUID ownerId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into gadget (id, name, owner_id) values (?, ?, ?)")
                .params(id, name, ownerId)
                .update();
        return id;
    }

    List<Gadget> named(String prefix, int limit) {
        return jdbc.sql(
                        "select id, name, owner_id from gadget where name ilike :prefix || '%' order by name limit :limit")
                .param("prefix", prefix.replace("%", "\\%").replace("_", "\\_"))
                .param("limit", limit)
                .query(Gadget.class)
                .list();
    }

    Optional<UUID> ownerOf(UUID id) {
        return jdbc.sql("select owner_id from gadget where id = ?")
                .param(id)
                .query(UUID.class)
                .optional();
    }
}
