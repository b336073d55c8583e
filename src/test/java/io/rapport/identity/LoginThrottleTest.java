package io.rapport.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void allowsAFewMistakesThenMakesEachAttemptWaitLonger() {
        for (int i = 1; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("Anna@Example.com");
        }
        assertThat(throttle.secondsBlocked("anna@example.com")).isZero();
        throttle.failed("anna@example.com");
        assertThat(throttle.secondsBlocked("ANNA@example.com")).isBetween(5L, 6L);
        clock.advance(Duration.ofSeconds(6));
        assertThat(throttle.secondsBlocked("anna@example.com")).isZero();
        throttle.failed("anna@example.com");
        assertThat(throttle.secondsBlocked("anna@example.com")).isBetween(10L, 11L);
    }

    @Test
    void aSuccessClearsTheCountAndOthersAreUnaffected() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("bob@example.com");
        }
        assertThat(throttle.secondsBlocked("carol@example.com")).isZero();
        throttle.succeeded("bob@example.com");
        assertThat(throttle.secondsBlocked("bob@example.com")).isZero();
    }

    @Test
    void theWaitIsCappedAtFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("eve@example.com");
        }
        assertThat(throttle.secondsBlocked("eve@example.com")).isLessThanOrEqualTo(15 * 60 + 1);
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

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
