package io.rapport.gadget;

import io.rapport.identity.Visibility;
import io.rapport.shared.RecordAccess;
import io.rapport.shared.record.RecordSearch;
import io.rapport.shared.record.RecordType;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Gadgets: a table of their own, a name, an owner; declared as a record type and nothing else. */
@Configuration(proxyBeanMethods = false)
class GadgetRecordType {

    static final String NAME = "gadget";

    /** The table a real module would create in its Flyway migration. */
    @Bean
    GadgetTable gadgetTable(JdbcClient jdbc) {
        jdbc.sql("create table if not exists gadget (id uuid primary key, name text not null,"
                        + " owner_id uuid not null, custom_fields jsonb not null default '{}',"
                        + " last_contacted_at timestamptz, next_activity_at timestamptz)")
                .update();
        return new GadgetTable(jdbc);
    }

    @Bean
    RecordType gadgetType(GadgetTable table, Visibility visibility) {
        return RecordType.of(
                NAME,
                "gadgets",
                "gadget",
                List.of(),
                (query, limit) -> table.named(query, limit).stream()
                        .filter(gadget -> visibility.scopeFor(NAME).permits(gadget.ownerId()))
                        .map(gadget -> new RecordSearch.Hit(gadget.id(), gadget.name(), List.of()))
                        .toList());
    }

    @Bean
    RecordAccess gadgetAccess(GadgetTable table, Visibility visibility) {
        return new RecordAccess() {
            @Override
            public String recordType() {
                return NAME;
            }

            @Override
            public boolean isVisible(UUID id) {
                return table.ownerOf(id)
                        .filter(owner -> visibility.scopeFor(NAME).permits(owner))
                        .isPresent();
            }
        };
    }
}
