package io.rapport.identity;

import org.springframework.security.authentication.LockedException;

/** A password sign-in refused unchecked, because the email has had too many failures lately. */
class SignInThrottledException extends LockedException {

    private final long retryAfterSeconds;

    SignInThrottledException(long retryAfterSeconds) {
        super("Too many failed sign-ins. Try again in " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
