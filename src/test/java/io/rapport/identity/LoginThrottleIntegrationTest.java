package io.rapport.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The throttle against the real database (table login_throttle), on a clock of its own. */
@IntegrationTest
class LoginThrottleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private final MutableClock clock = new MutableClock();

    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, clock);
    }

    /** An email no other test uses, in the case given. */
    private static String email(String name) {
        return name + "-" + UUID.randomUUID() + "@Example.com";
    }

    @Test
    void allowsAFewMistakesThenMakesEachAttemptWaitLonger() {
        LoginThrottle throttle = throttle();
        String anna = email("Anna");
        for (int i = 1; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertThat(throttle.attempt(anna)).isZero();
        }
        assertThat(throttle.secondsBlocked(anna.toLowerCase())).isZero();
        assertThat(throttle.attempt(" " + anna.toLowerCase())).isZero();
        assertThat(throttle.secondsBlocked(anna.toUpperCase())).isBetween(5L, 6L);
        assertThat(throttle.attempt(anna)).as("refused while blocked").isBetween(5L, 6L);
        clock.advance(Duration.ofSeconds(6));
        assertThat(throttle.secondsBlocked(anna)).isZero();
        assertThat(throttle.attempt(anna)).isZero();
        assertThat(throttle.secondsBlocked(anna)).isBetween(10L, 11L);
    }

    @Test
    void aSuccessClearsTheCountAndOthersAreUnaffected() {
        LoginThrottle throttle = throttle();
        String bob = email("bob");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.attempt(bob);
        }
        assertThat(throttle.secondsBlocked(bob)).isPositive();
        assertThat(throttle.secondsBlocked(email("carol"))).isZero();
        throttle.succeeded(bob);
        assertThat(throttle.secondsBlocked(bob)).isZero();
        assertThat(throttle.attempt(bob)).isZero();
        assertThat(throttle.secondsBlocked(bob)).as("counting from one again").isZero();
    }

    @Test
    void theWaitIsCappedAtFifteenMinutes() {
        LoginThrottle throttle = throttle();
        String eve = email("eve");
        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofSeconds(throttle.secondsBlocked(eve)));
            assertThat(throttle.attempt(eve)).isZero();
        }
        assertThat(throttle.secondsBlocked(eve)).isBetween(15L * 60, 15L * 60 + 1);
    }

    @Test
    void aCountQuietForADayStartsAgainAndIsPruned() {
        LoginThrottle throttle = throttle();
        String dan = email("dan");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS + 2; i++) {
            clock.advance(Duration.ofSeconds(throttle.secondsBlocked(dan)));
            throttle.attempt(dan);
        }
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(throttle.attempt(dan)).isZero();
        assertThat(throttle.secondsBlocked(dan))
                .as("the first failure of a new count")
                .isZero();

        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(throttle.prune()).isPositive();
        assertThat(jdbc.sql("select count(*) from login_throttle where email = :email")
                        .param("email", LoginThrottle.key(dan))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** Another node is another throttle on the same table: what one counts, the other refuses. */
    @Test
    void twoNodesShareOneCountAndParallelAttemptsCannotSlipThrough() throws Exception {
        LoginThrottle one = throttle();
        LoginThrottle other = throttle();
        String frank = email("frank");
        List<Callable<Long>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            LoginThrottle node = i % 2 == 0 ? one : other;
            attempts.add(() -> node.attempt(frank));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int admitted = 0;
        try {
            for (Future<Long> result : pool.invokeAll(attempts)) {
                admitted += result.get() == 0 ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertThat(admitted).isEqualTo(LoginThrottle.FREE_ATTEMPTS);
        assertThat(other.secondsBlocked(frank)).isBetween(5L, 6L);
        assertThat(one.secondsBlocked(frank)).isBetween(5L, 6L);
    }

    private static final class MutableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
