package io.rapport.identity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Slows down password guessing, for every way in (the sign-in form and the token endpoint) and every node: the
 * count lives in table {@code login_throttle}, one row per normalised email. After {@value #FREE_ATTEMPTS}
 * failed sign-ins for one email, each further attempt must wait, doubling from five seconds up to fifteen minutes.
 * A success clears the count; a count quiet for a day starts again.
 *
 * <p>An attempt is counted before its password is checked, in one statement that also refuses it while the email
 * is blocked, so attempts sent in parallel (to one node or several) cannot all pass the check before any failure
 * is recorded. Times come from the node's clock (nodes are expected to keep NTP time).
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** A count with no failure for this long is forgotten: the next failure counts as the first. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    /** The longest key kept: an address longer than {@code app_user.email} allows belongs to nobody. */
    private static final int MAX_KEY_LENGTH = 254;

    /** The wait that follows the {@code n}-th failure, as SQL (n is an SQL expression). */
    private static String waitAfter(String n) {
        return "make_interval(secs => case when " + n + " < :free then 0" + " else least(:first * power(2, least(" + n
                + " - :free, 20)), :max) end)";
    }

    private static final String NEW_COUNT = "case when t.last_failed_at < :forgetBefore then 1 else t.failures + 1 end";

    private static final String COUNT_ATTEMPT = "insert into login_throttle as t"
            + " (email, failures, blocked_until, last_failed_at)"
            + " values (:email, 1, cast(:now as timestamptz) + " + waitAfter("1") + ", :now)"
            + " on conflict (email) do update set failures = " + NEW_COUNT + ","
            + " blocked_until = cast(:now as timestamptz) + " + waitAfter(NEW_COUNT) + ","
            + " last_failed_at = :now"
            + " where t.blocked_until <= :now"
            + " returning failures";

    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    LoginThrottle(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts a sign-in attempt for this email as a failure in advance, unless the email is blocked. Answers zero
     * when the attempt may go ahead (then {@link #succeeded} clears the count if the password was right), or the
     * seconds to wait, without counting the attempt.
     */
    long attempt(String email) {
        Instant now = clock.instant();
        Optional<Integer> counted = jdbc.sql(COUNT_ATTEMPT)
                .param("email", key(email))
                .param("now", Timestamp.from(now))
                .param("forgetBefore", Timestamp.from(now.minus(FORGET_AFTER)))
                .param("free", FREE_ATTEMPTS)
                .param("first", (double) FIRST_DELAY.toSeconds())
                .param("max", (double) MAX_DELAY.toSeconds())
                .query(Integer.class)
                .optional();
        if (counted.isPresent()) {
            return 0;
        }
        // Blocked; at least a second, should the row have been cleared since.
        return Math.max(1, secondsBlocked(email));
    }

    /** Seconds until the next attempt for this email is allowed; zero when it is allowed now. */
    long secondsBlocked(String email) {
        Instant now = clock.instant();
        return jdbc.sql("select blocked_until from login_throttle where email = :email")
                .param("email", key(email))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until).toSeconds() + 1)
                .orElse(0L);
    }

    void succeeded(String email) {
        jdbc.sql("delete from login_throttle where email = :email")
                .param("email", key(email))
                .update();
    }

    /** Removes counts quiet for longer than {@link #FORGET_AFTER}; they would start again anyway. */
    int prune() {
        return jdbc.sql("delete from login_throttle where last_failed_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(FORGET_AFTER)))
                .update();
    }

    /** Every hour, on one node (db-scheduler picks one), so guesses at made-up emails do not pile up. */
    @Bean
    RecurringTask<Void> loginThrottlePrune() {
        return Tasks.recurring("login-throttle-prune", FixedDelay.ofHours(1)).execute((instance, context) -> prune());
    }

    static String key(String email) {
        String key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }
}
