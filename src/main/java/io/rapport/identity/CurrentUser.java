package io.rapport.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for modules that need to know (owner defaults, visibility, audit). */
@Component
public class CurrentUser {

    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RapportPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The signed-in user; calling it outside an authenticated request is a programming error. */
    public SignedInUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user in this request"));
    }
}
