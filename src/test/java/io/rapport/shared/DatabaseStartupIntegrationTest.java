package io.rapport.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.RapportApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rapport on an external PostgreSQL (a separately started server), and a wrong database setting. */
class DatabaseStartupIntegrationTest {

    @Test
    void startsOnAnExternalPostgresqlMigratesItAndFillsItWithDemoData() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "external-");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RapportApplication.class)
                    .run(
                            "--rapport.db.url=" + external.getJdbcUrl("postgres", "postgres"),
                            "--rapport.db.user=postgres",
                            "--rapport.data-dir=" + dataDir,
                            "--rapport.admin.email=owner@external.test",
                            "--rapport.admin.password=external-password-1",
                            "--rapport.demo-data=true",
                            "--server.port=0")) {
                JdbcClient jdbc = JdbcClient.create(external.getPostgresDatabase());
                assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                                .query(Long.class)
                                .single())
                        .isPositive();
                assertThat(jdbc.sql("select email from app_user")
                                .query(String.class)
                                .list())
                        .containsExactly("owner@external.test");
                assertThat(dataDir.resolve("postgres")).doesNotExist();
                assertThat(jdbc.sql("select count(*) from company")
                                .query(Long.class)
                                .single())
                        .isEqualTo(300);
                assertThat(jdbc.sql("select count(*) from contact where company_id is not null")
                                .query(Long.class)
                                .single())
                        .isBetween(2000L, 2800L);
                assertThat(jdbc.sql("select count(distinct record_id) from activity_link where record_type = 'contact'")
                                .query(Long.class)
                                .single())
                        .as("most demo contacts have a timeline")
                        .isGreaterThan(2000L);
                assertThat(jdbc.sql("select count(*) from contact where last_contacted_at is not null")
                                .query(Long.class)
                                .single())
                        .isGreaterThan(1500L);
                assertThat(jdbc.sql("select count(*) from task")
                                .query(Long.class)
                                .single())
                        .isEqualTo(8);
            }
        }
    }

    @Test
    void aWrongDatabaseUrlStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(RapportApplication.class)
                        .run("--rapport.db.url=mysql://localhost/crm", "--server.port=0"))
                .hasRootCauseInstanceOf(InvalidSettingException.class)
                .rootCause()
                .hasMessageContaining("rapport.db.url");
    }
}
