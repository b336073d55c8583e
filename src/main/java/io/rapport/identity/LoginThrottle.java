package io.rapport.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} failed sign-ins for one email, each further
 * attempt must wait, doubling from five seconds up to fifteen minutes. A success clears the count.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private record Failures(int count, Instant blockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds until the next attempt for this email is allowed; zero when it is allowed now. */
    long secondsBlocked(String email) {
        Failures current = failures.get(key(email));
        if (current == null) {
            return 0;
        }
        long seconds = Duration.between(clock.instant(), current.blockedUntil()).toSeconds();
        return Math.max(0, seconds + (current.blockedUntil().isAfter(clock.instant()) ? 1 : 0));
    }

    void failed(String email) {
        failures.compute(key(email), (key, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            Instant blockedUntil = clock.instant();
            if (count >= FREE_ATTEMPTS) {
                long seconds = 5L << Math.min(count - FREE_ATTEMPTS, 20);
                blockedUntil = blockedUntil.plus(
                        Duration.ofSeconds(seconds).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : Duration.ofSeconds(seconds));
            }
            return new Failures(count, blockedUntil);
        });
    }

    void succeeded(String email) {
        failures.remove(key(email));
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
