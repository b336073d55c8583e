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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: the external PostgreSQL named by {@code rapport.db.url}, or else an embedded PostgreSQL
 * server started in {@code <data dir>/postgres}. The embedded server stops last, when Spring destroys it after the
 * pool: by then the web server has finished its requests and the jobs, listeners and indexing have stopped.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(30);

    /**
     * Short, so that a database outage answers 503 within seconds rather than holding every request for the
     * pool's default 30 s (and so that nothing waits that long at shutdown either); validation below it.
     */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(RapportProperties properties) {
        if (properties.db().external()) {
            return EmbeddedDatabase.NONE;
        }
        Path directory = prepareDataDirectory(properties.dataDir()).resolve("postgres");
        LeftoverPostgres.in(directory).ifPresent(leftover -> {
            if (!leftover.stop(LEFTOVER_STOP_WAIT)) {
                throw new InvalidSettingException(
                        "rapport.data-dir",
                        "a PostgreSQL (pid " + leftover.pid() + ") still runs in " + directory
                                + " and did not stop within " + LEFTOVER_STOP_WAIT.toSeconds() + " s",
                        "Stop that process (kill " + leftover.pid() + "), or is another Rapport using this"
                                + " RAPPORT_DATA_DIR?");
            }
        });
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Not the library's JVM shutdown hook, which stops the server while requests, jobs and
                    // indexing still use it: Spring closes it as the last bean (see EmbeddedDatabase).
                    .setRegisterShutdownHook(false)
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
    HikariDataSource dataSource(RapportProperties properties, EmbeddedDatabase embedded) {
        // The embedded server as a parameter (not looked up) makes Spring record that the pool depends on it: it
        // is then destroyed after the pool and everything that uses the pool.
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("rapport");
        dataSource.setMaximumPoolSize(20);
        dataSource.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        dataSource.setValidationTimeout(CONNECTION_TIMEOUT.toMillis() / 2);
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
            EmbeddedPostgres server = embedded.server();
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
