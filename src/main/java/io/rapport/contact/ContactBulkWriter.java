package io.rapport.contact;

import io.rapport.shared.db.PgArrays;
import io.rapport.shared.imports.ImportUndoLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes imported contacts with one SQL statement per batch (arrays of columns unnested into rows), where one JPA
 * insert per contact would take an hour for a million. Looks up matches the same way, one statement per batch.
 */
@Component
class ContactBulkWriter {

    /** A new contact, checked and normalised, with its company resolved. */
    record NewContact(UUID id, ContactNormaliser.Normalised contact, String companyName, String externalId) {}

    /** An existing contact a row matches on a key (an email, an E.164 phone, an external id). */
    record Match(UUID id, UUID ownerId) {}

    /**
     * Rows inserted since the table's planner statistics were last refreshed, and the table's size then (-1: not
     * known yet). Imports run one at a time, on one thread.
     */
    private long insertedSinceAnalyze;

    private long sizeAtAnalyze = -1;

    private static final long FEWEST_BEFORE_ANALYZE = 1_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ImportUndoLog<ContactInput> undoLog;

    ContactBulkWriter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.undoLog = new ImportUndoLog<>(jdbc, json, ContactInput.class, "contact_import_change", "contact_id");
    }

    /** Contacts not in the trash holding any of the keys, by key; the oldest wins when several hold one. */
    Map<String, Match> matches(String column, Collection<String> keys) {
        Map<String, Match> matches = new HashMap<>();
        if (keys.isEmpty()) {
            return matches;
        }
        refreshStatisticsIfGrown();
        // One index probe per key (a nested loop over the keys): an overlap (&&) with a thousand keys looks
        // unselective to the planner, which then reads the whole table.
        String condition = "external_id".equals(column) ? "c.external_id = k.key" : "c." + column + " @> array[k.key]";
        jdbc.sql("select c.id, c.owner_id, k.key from unnest(cast(? as varchar[])) as k(key) join contact c on "
                        + condition + " where c.deleted_at is null")
                .param(keys.toArray(new String[0]))
                .query((rs, n) -> {
                    Match match = new Match(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class));
                    // The ids are time-ordered: the smallest is the oldest contact holding the key.
                    matches.merge(
                            rs.getString("key"),
                            match,
                            (kept, other) -> kept.id().compareTo(other.id()) <= 0 ? kept : other);
                    return match;
                })
                .list();
        return matches;
    }

    /**
     * Statistics that still describe an empty (or a much smaller) table make the planner read the whole table
     * for every key of a batch: the first 10 000 rows of a million-row import ran at 500 rows/s until autovacuum
     * analysed the table. So imports analyse it themselves, in their transaction (which counts its own new rows):
     * at the first batch after start-up and whenever the table has doubled, about twenty times for a million rows.
     */
    private void refreshStatisticsIfGrown() {
        if (sizeAtAnalyze >= 0 && insertedSinceAnalyze < Math.max(FEWEST_BEFORE_ANALYZE, sizeAtAnalyze)) {
            return;
        }
        jdbc.sql("analyze contact").update();
        sizeAtAnalyze = jdbc.sql("select greatest(reltuples, 0)::bigint from pg_class where oid = 'contact'::regclass")
                .query(Long.class)
                .single();
        insertedSinceAnalyze = 0;
    }

    void insert(List<NewContact> contacts, UUID importId) {
        if (contacts.isEmpty()) {
            return;
        }
        insertedSinceAnalyze += contacts.size();
        Columns columns = new Columns(contacts.size());
        for (NewContact contact : contacts) {
            columns.add(contact);
        }
        jdbc.sql("""
                        insert into contact (id, first_name, last_name, emails, phones, phones_e164, job_title,
                            company_id, company_name, street, postal_code, city, region, country, birth_date, gender,
                            profession, source, lifecycle_stage, owner_id, tags, custom_fields, external_id,
                            import_id, created_at, updated_at, version)
                        select cast(id as uuid), first_name, last_name, cast(emails as varchar[]),
                            cast(phones as varchar[]), cast(phones_e164 as varchar[]), job_title,
                            cast(company_id as uuid), company_name, street, postal_code, city, region, country,
                            cast(birth_date as date), gender, profession, source, lifecycle_stage, cast(owner_id as uuid),
                            cast(tags as varchar[]), cast(custom_fields as jsonb), external_id, ?, now(), now(), 0
                        from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as text[]))
                            as row(id, first_name, last_name, emails, phones, phones_e164, job_title, company_id,
                                company_name, street, postal_code, city, region, country, birth_date, gender,
                                profession, source, lifecycle_stage, owner_id, tags, custom_fields, external_id)""").params(columns.parameters(importId)).update();
    }

    /**
     * Gives new contacts the times they came into being and last changed ({@code [created, updated]} by id), for
     * records carried over from elsewhere; {@link #insert} writes now.
     */
    void dated(Map<UUID, Instant[]> times) {
        if (times.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>(times.keySet());
        jdbc.sql("update contact c set created_at = t.created_at, updated_at = t.updated_at"
                        + " from unnest(cast(? as uuid[]), cast(? as timestamptz[]), cast(? as timestamptz[]))"
                        + " as t(id, created_at, updated_at) where c.id = t.id")
                .params(
                        ids.toArray(new UUID[0]),
                        ids.stream().map(id -> times.get(id)[0].toString()).toArray(String[]::new),
                        ids.stream().map(id -> times.get(id)[1].toString()).toArray(String[]::new))
                .update();
    }

    /** The contacts' fields from before an import updated them, for its undo. */
    ImportUndoLog<ContactInput> undoLog() {
        return undoLog;
    }

    /** Moves up to {@code limit} of the contacts an import created to the trash; returns their ids. */
    List<UUID> trashCreated(UUID importId, int limit) {
        return jdbc.sql("""
                        update contact set deleted_at = now(), updated_at = now(), version = version + 1
                        where id in (select id from contact where import_id = ? and deleted_at is null limit ?)
                        returning id""").params(importId, limit).query(UUID.class).list();
    }

    /** Those of the companies that active contacts still work at. */
    Set<UUID> companiesInUse(Collection<UUID> companyIds) {
        return new HashSet<>(
                jdbc.sql("select distinct company_id from contact where company_id = any(?) and deleted_at is null")
                        .param(companyIds.toArray(new UUID[0]))
                        .query(UUID.class)
                        .list());
    }

    /** The batch's values column by column, as the arrays the insert unnests. */
    private final class Columns {

        private final List<List<String>> values = new ArrayList<>();

        Columns(int rows) {
            for (int column = 0; column < 23; column++) {
                values.add(new ArrayList<>(rows));
            }
        }

        void add(NewContact contact) {
            ContactInput input = contact.contact().input();
            put(
                    contact.id().toString(),
                    nonNull(input.firstName()),
                    nonNull(input.lastName()),
                    PgArrays.literal(input.emails()),
                    PgArrays.literal(input.phones()),
                    PgArrays.literal(contact.contact().phonesE164()),
                    input.jobTitle(),
                    input.companyId() == null ? null : input.companyId().toString(),
                    contact.companyName(),
                    input.street(),
                    input.postalCode(),
                    input.city(),
                    input.region(),
                    input.country(),
                    input.birthDate() == null ? null : input.birthDate().toString(),
                    input.gender(),
                    input.profession(),
                    input.source(),
                    input.lifecycleStage().name(),
                    input.ownerId().toString(),
                    PgArrays.literal(input.tags()),
                    json.writeValueAsString(input.customFields() == null ? Map.of() : input.customFields()),
                    contact.externalId());
        }

        private void put(String... row) {
            for (int column = 0; column < row.length; column++) {
                values.get(column).add(row[column]);
            }
        }

        Object[] parameters(UUID importId) {
            List<Object> parameters = new ArrayList<>();
            parameters.add(importId);
            for (int column = 0; column < values.size(); column++) {
                List<String> cells = values.get(column);
                parameters.add(cells.toArray(new String[0]));
            }
            return parameters.toArray();
        }

        private static String nonNull(String value) {
            return value == null ? "" : value;
        }
    }
}
