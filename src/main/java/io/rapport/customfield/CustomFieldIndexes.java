package io.rapport.customfield;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One B-tree expression index per custom field, so filters and sorts on it stay fast at a million records:
 * {@code lower(cf_text(custom_fields, 'key'))} for text, {@code cf_number(...)} for numbers, {@code cf_text(...)}
 * for dates and booleans (ISO text); the list queries use the very same expressions ({@code FilterField}). Indexes are built {@code concurrently} (no write lock on the table) after the
 * definition commits, in the background; at start-up any missing or broken one is built again. Multi-select
 * values (JSON arrays) have no index: "contains" on them reads the table.
 */
@Component
class CustomFieldIndexes {

    private static final Logger log = LoggerFactory.getLogger(CustomFieldIndexes.class);
    private static final Pattern SAFE_KEY = Pattern.compile("[a-zA-Z0-9_]+");

    private final JdbcTemplate jdbc;
    private final CustomFields fields;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "custom-field-indexes");
        thread.setDaemon(true);
        return thread;
    });

    private final FieldRecordTypes recordTypes;

    CustomFieldIndexes(JdbcTemplate jdbc, CustomFields fields, FieldRecordTypes recordTypes) {
        this.recordTypes = recordTypes;
        this.jdbc = jdbc;
        this.fields = fields;
    }

    /** The name of a field's index. */
    static String indexName(FieldDefinition field) {
        return "cf_" + field.id().toString().replace("-", "");
    }

    /** The SQL expression a field's values are filtered, sorted and indexed by; null for multi-select. */
    static String expression(FieldDefinition field) {
        if (!SAFE_KEY.matcher(field.key()).matches()) {
            throw new IllegalArgumentException("unsafe custom field key " + field.key());
        }
        return switch (field.type().filterKind()) {
            case TEXT -> "lower(cf_text(custom_fields, '" + field.key() + "'))";
            case NUMBER -> "cf_number(custom_fields, '" + field.key() + "')";
            case OPTIONS -> null;
            default -> "cf_text(custom_fields, '" + field.key() + "')";
        };
    }

    void createAfterCommit(FieldDefinition field) {
        afterCommit(() -> create(field));
    }

    void dropAfterCommit(FieldDefinition field) {
        afterCommit(() -> builder.execute(() -> jdbc.execute("drop index concurrently if exists " + indexName(field))));
    }

    /** Removes a field's values from every record of its type, in the caller's transaction. */
    void removeValues(FieldDefinition field) {
        jdbc.update(
                "update " + recordTypes.table(field.recordType())
                        + " set custom_fields = custom_fields - ? where jsonb_exists(custom_fields, ?)",
                field.key(),
                field.key());
    }

    /** Builds what a crash or a failed build left missing; an index left invalid is dropped and built again. */
    @EventListener(ApplicationReadyEvent.class)
    void repair() {
        List<String> invalid = jdbc.queryForList(
                "select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid"
                        + " where not i.indisvalid and c.relname like 'cf\\_%'",
                String.class);
        List<FieldDefinition> all =
                fields.findAll().stream().map(CustomField::definition).toList();
        builder.execute(() -> {
            invalid.forEach(name -> jdbc.execute("drop index concurrently if exists " + name));
            all.forEach(this::build);
        });
    }

    private void create(FieldDefinition field) {
        builder.execute(() -> build(field));
    }

    private void build(FieldDefinition field) {
        String expression = expression(field);
        if (expression == null) {
            return;
        }
        try {
            jdbc.execute("create index concurrently if not exists " + indexName(field) + " on "
                    + recordTypes.table(field.recordType()) + " (" + expression + ")");
        } catch (DataAccessException e) {
            log.warn(
                    "The index of custom field {} could not be built; it is tried again at the next start",
                    field.id(),
                    e);
        }
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    @PreDestroy
    void stop() {
        builder.shutdownNow();
    }
}
