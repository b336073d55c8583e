package io.rapport.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a user: the signed-in user plus the password hash for the form login check. */
record RapportPrincipal(SignedInUser user, String passwordHash, boolean enabled) implements UserDetails {

    static RapportPrincipal of(User user) {
        return new RapportPrincipal(
                new SignedInUser(user.getId(), user.getEmail(), user.getName(), user.getRole(), user.getTeamId()),
                user.getPasswordHash(),
                user.isEnabled());
    }

    /** An enabled user already signed in (by session or token), as read from the database for this request. */
    static RapportPrincipal signedIn(SignedInUser user) {
        return new RapportPrincipal(user, null, true);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
