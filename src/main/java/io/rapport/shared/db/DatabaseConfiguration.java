package io.rapport.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.rapport.shared.InvalidSettingException;
import io.rapport.shared.RapportProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: the external PostgreSQL named by {@code rapport.db.url}, or else an embedded PostgreSQL
 * server started in {@code <data dir>/postgres}. The pool closes before the embedded server stops, because the
 * DataSource depends on it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(RapportProperties properties) {
        if (properties.db().external()) {
            return EmbeddedDatabase.NONE;
        }
        Path directory = prepareDataDirectory(properties.dataDir()).resolve("postgres");
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.db().embeddedPort())
                    // Recovery after a crash, or a slow disk, can take longer than the library's 10 s default.
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            log.info("Embedded PostgreSQL started in {} on port {}", directory, server.getPort());
            return new EmbeddedDatabase(server);
        } catch (IOException e) {
            throw new InvalidSettingException(
                    "rapport.data-dir",
                    "the embedded PostgreSQL could not start in " + directory + ": " + e.getMessage(),
                    "Check that RAPPORT_DATA_DIR points at a writable directory with free space,"
                            + " or set RAPPORT_DB_URL to use an external PostgreSQL.");
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(RapportProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("rapport");
        dataSource.setMaximumPoolSize(20);
        RapportProperties.Db db = properties.db();
        if (db.external()) {
            if (!db.url().startsWith("jdbc:postgresql:")) {
                throw new InvalidSettingException(
                        "rapport.db.url",
                        "'" + db.url() + "' is not a PostgreSQL JDBC URL",
                        "Set RAPPORT_DB_URL to jdbc:postgresql://host:5432/database, or unset it to use the"
                                + " embedded PostgreSQL.");
            }
            dataSource.setJdbcUrl(db.url());
            dataSource.setUsername(db.user());
            dataSource.setPassword(db.password());
        } else {
            EmbeddedPostgres server = embedded.getObject().server();
            dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        }
        return dataSource;
    }

    private static Path prepareDataDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new InvalidSettingException(
                    "rapport.data-dir",
                    "the data directory " + dataDir.toAbsolutePath() + " cannot be created (" + e + ")",
                    "Set RAPPORT_DATA_DIR to a directory Rapport may write to.");
        }
        if (!Files.isWritable(dataDir)) {
            throw new InvalidSettingException(
                    "rapport.data-dir",
                    "the data directory " + dataDir.toAbsolutePath() + " is not writable",
                    "Set RAPPORT_DATA_DIR to a directory Rapport may write to.");
        }
        return dataDir;
    }

    /** The embedded server, or none when an external database is configured. */
    record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {

        static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);

        @Override
        public void close() {
            if (server == null) {
                return;
            }
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
