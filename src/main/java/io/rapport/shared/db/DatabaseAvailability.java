package io.rapport.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached, as a small breaker: once a request fails to get a connection, requests are
 * answered 503 at once ({@link DatabaseOutageFilter}) instead of each waiting out the pool's timeout. While it is
 * down, a request probes again if no other probe is running (the others answer 503 meanwhile), so the first request
 * after the database is back goes through; a probe of a stopped server is refused in about a millisecond, one of an
 * unreachable host gives up after a second. Also the readiness group's {@code database} indicator, which probes
 * without waiting on the pool (a busy pool is not an outage, and the pool would hold the probe for its whole
 * timeout).
 *
 * <p>A probe is a connection of its own, with timeouts of a second or two, outside the pool.
 */
@Component("database")
class DatabaseAvailability implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    /** What 503 answers tell clients to wait before trying again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final HikariDataSource pool;
    private final ReentrantLock probing = new ReentrantLock();
    private volatile boolean down;

    DatabaseAvailability(HikariDataSource pool) {
        this.pool = pool;
    }

    /** True unless an outage was seen and a probe (one at a time) does not find the database back. */
    boolean available() {
        return !down || probe();
    }

    /** A request could not get or use a connection: the next requests are refused until a probe succeeds. */
    void connectionFailed(Throwable failure) {
        if (!down) {
            log.warn("The database cannot be reached ({}); answering 503 until it is back", failure.toString());
        }
        down = true;
    }

    @Override
    public Health health() {
        return probe() ? Health.up().build() : Health.down().build();
    }

    /** Whether {@code failure} or one of its causes says that no connection could be had or kept. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || (cause instanceof SQLException sql && isConnectionState(sql.getSQLState()))
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof org.springframework.jdbc.CannotGetJdbcConnectionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Class 08 (connection exception), and 57P01-57P03: the server is shutting down, has crashed or is starting
     * (what a connection in use meets when the server stops).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    private boolean probe() {
        if (!probing.tryLock()) {
            return !down;
        }
        try {
            boolean reachable = reachable();
            if (down && reachable) {
                log.info("The database can be reached again");
                // The pool's connections died with the server. Hikari tests a connection before lending it only if
                // it was idle for half a second, so without this the first requests after the outage could be lent
                // a dead one and fail (seen when requests are fast).
                HikariPoolMXBean connections = pool.getHikariPoolMXBean();
                if (connections != null) {
                    connections.softEvictConnections();
                }
            } else if (!down && !reachable) {
                log.warn("The database cannot be reached; answering 503 until it is back");
            }
            down = !reachable;
            return reachable;
        } finally {
            probing.unlock();
        }
    }

    private boolean reachable() {
        Properties properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("loginTimeout", "2");
        properties.setProperty("socketTimeout", "2");
        properties.setProperty("ApplicationName", "rapport-probe");
        try (Connection connection = new Driver().connect(pool.getJdbcUrl(), properties)) {
            return connection != null && connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }
}
