package io.rapport.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordAccess;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import io.rapport.shared.record.TimelineDates;
import io.rapport.support.TestUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The record kit started with only the modules it builds on (views, custom fields, identity, shared) and one
 * record type declared here, backed by a table of its own: the registry serves it by name and by list path,
 * refuses what is not registered, asks its access for visibility, and keeps its timeline dates.
 */
// Shared (open) is named: the kit's code refers to none of shared.db, where the database is started.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@TestPropertySource(
        properties = {
            "rapport.data-dir=target/test-data/record-kit-module-${random.uuid}",
            "rapport.admin.email=" + TestUsers.ADMIN_EMAIL,
            "rapport.admin.password=" + TestUsers.ADMIN_PASSWORD
        })
class RecordKitModuleIntegrationTest {

    static final UUID VISIBLE = UUID.randomUUID();

    @TestConfiguration(proxyBeanMethods = false)
    static class Widgets {

        @Bean
        RecordType widgetType(JdbcClient jdbc) {
            jdbc.sql("create table if not exists widget (id uuid primary key,"
                            + " last_contacted_at timestamptz, next_activity_at timestamptz)")
                    .update();
            return new RecordType(
                    "widget",
                    "widgets",
                    "widget",
                    List.of(),
                    null,
                    java.util.Set.of(RecordType.Feature.TIMELINE, RecordType.Feature.SAVED_VIEWS));
        }

        @Bean
        RecordAccess widgetAccess() {
            return new RecordAccess() {
                @Override
                public String recordType() {
                    return "widget";
                }

                @Override
                public boolean isVisible(UUID id) {
                    return VISIBLE.equals(id);
                }
            };
        }
    }

    @Autowired
    RecordTypes recordTypes;

    @Autowired
    TimelineDates timelineDates;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRegistryServesADeclaredTypeAndRefusesOthers() {
        assertThat(recordTypes.byListPath("widgets"))
                .hasValueSatisfying(type -> assertThat(type.name()).isEqualTo("widget"));
        assertThat(recordTypes.with(RecordType.Feature.TIMELINE))
                .extracting(RecordType::name)
                .contains("widget");
        assertThat(recordTypes.with(RecordType.Feature.CUSTOM_FIELDS))
                .extracting(RecordType::name)
                .doesNotContain("widget");
        assertThatThrownBy(() -> recordTypes.require("recordType", "widget", RecordType.Feature.CUSTOM_FIELDS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must be one of");
        assertThat(recordTypes.isVisible("widget", VISIBLE)).isTrue();
        assertThat(recordTypes.isVisible("widget", UUID.randomUUID())).isFalse();
        assertThat(recordTypes.isVisible("unknown", VISIBLE)).isFalse();
    }

    @Test
    void timelineDatesAreKeptInTheTypesOwnTable() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into widget (id) values (?)").param(id).update();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        timelineDates.touch("widget", List.of(id), at);
        timelineDates.touch("widget", List.of(id), at.minusSeconds(60));
        timelineDates.setNextActivity("widget", Map.of(id, at.minusSeconds(1)));

        assertThat(jdbc.sql("select last_contacted_at from widget where id = ?")
                        .param(id)
                        .query(Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(at);
        assertThat(timelineDates.withNextActivityPassed("widget", 10)).contains(id);
        assertThatThrownBy(() -> timelineDates.touch("unknown", List.of(id), at))
                .isInstanceOf(InvalidInputException.class);
    }
}
