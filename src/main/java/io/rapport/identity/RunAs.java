package io.rapport.identity;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs background work (an import, a scheduled job) as the user who asked for it, so it sees and may do exactly
 * what that user may: the same visibility, owner defaults and audit author as in a request.
 */
@Component
public class RunAs {

    private final Users users;

    RunAs(Users users) {
        this.users = users;
    }

    /** Runs {@code work} as the user; refuses when the user no longer exists or is disabled. */
    public <T> T call(UUID userId, Supplier<T> work) {
        User user = users.findById(userId)
                .filter(User::isEnabled)
                .orElseThrow(() -> new IllegalStateException("the user who started this work is no longer active"));
        RapportPrincipal principal = RapportPrincipal.of(user);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
