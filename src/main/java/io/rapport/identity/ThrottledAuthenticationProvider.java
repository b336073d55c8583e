package io.rapport.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in behind the {@link LoginThrottle}: the one provider of both the sign-in form and the token
 * endpoint, so both count into and respect the same throttle. The attempt is counted before the password is
 * checked and cleared when it was right.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        long wait = throttle.attempt(email);
        if (wait > 0) {
            throw new SignInThrottledException(wait);
        }
        Authentication result = passwords.authenticate(authentication);
        throttle.succeeded(email);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
