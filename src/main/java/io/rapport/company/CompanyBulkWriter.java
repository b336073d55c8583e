package io.rapport.company;

import io.rapport.shared.db.PgArrays;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes new companies with one SQL statement per thousand (arrays of columns unnested into rows), as
 * {@code ContactBulkWriter} does for contacts: one JPA insert per company costs ten times as much.
 */
@Component
class CompanyBulkWriter {

    private static final int PER_STATEMENT = 1_000;

    /** A new company, checked and normalised, with its times. */
    record Row(UUID id, CompanyService.Normalised company, Instant createdAt, Instant updatedAt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CompanyBulkWriter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the rows in their order: a parent must come before its children. */
    void insert(List<Row> rows) {
        for (int from = 0; from < rows.size(); from += PER_STATEMENT) {
            insertChunk(rows.subList(from, Math.min(rows.size(), from + PER_STATEMENT)));
        }
    }

    private void insertChunk(List<Row> rows) {
        List<List<String>> columns = new ArrayList<>();
        for (int column = 0; column < 20; column++) {
            columns.add(new ArrayList<>(rows.size()));
        }
        for (Row row : rows) {
            CompanyInput input = row.company().input();
            Instant created = row.createdAt() == null ? Instant.now() : row.createdAt();
            String[] values = {
                row.id().toString(),
                input.name(),
                input.website(),
                input.domain(),
                input.industry(),
                input.size(),
                input.annualRevenue() == null ? null : input.annualRevenue().toPlainString(),
                input.phone(),
                row.company().phoneE164(),
                input.street(),
                input.postalCode(),
                input.city(),
                input.region(),
                input.country(),
                input.parentId() == null ? null : input.parentId().toString(),
                input.ownerId().toString(),
                PgArrays.literal(input.tags()),
                json.writeValueAsString(input.customFields() == null ? Map.of() : input.customFields()),
                created.toString(),
                (row.updatedAt() == null ? created : row.updatedAt()).toString()
            };
            for (int column = 0; column < values.length; column++) {
                columns.get(column).add(values[column]);
            }
        }
        jdbc.sql("""
                        insert into company (id, name, website, domain, industry, size, annual_revenue, phone,
                            phone_e164, street, postal_code, city, region, country, parent_id, owner_id, tags,
                            custom_fields, created_at, updated_at, version)
                        select cast(id as uuid), name, website, domain, industry, size,
                            cast(annual_revenue as numeric), phone, phone_e164, street, postal_code, city, region,
                            country, cast(parent_id as uuid), cast(owner_id as uuid), cast(tags as varchar[]),
                            cast(custom_fields as jsonb), cast(created_at as timestamptz),
                            cast(updated_at as timestamptz), 0
                        from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
                            as row(id, name, website, domain, industry, size, annual_revenue, phone, phone_e164,
                                street, postal_code, city, region, country, parent_id, owner_id, tags,
                                custom_fields, created_at, updated_at)""")
                .params(columns.stream()
                        .map(cells -> (Object) cells.toArray(new String[0]))
                        .toList())
                .update();
    }
}
