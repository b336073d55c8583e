package io.rapport.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a user's current state in the database, not what their session remembers from sign-in, decide each
 * request: reads the user by primary key (enabled, role, team, name, email) on every request of a signed-in
 * session, whichever node serves it, and keeps nothing in memory between requests. A disabled (or deleted) user's
 * session is invalidated and the request goes on anonymous, so a page redirects to the sign-in page and an htmx
 * request gets a 401; a changed role, team or name replaces the principal and its authorities for this request
 * and in the session. Static files are left alone: they need no user.
 */
class SessionUserRefresh extends OncePerRequestFilter {

    private static final String CURRENT_USER =
            "select id, email, name, role, team_id from app_user" + " where id = :id and enabled";

    private final JdbcClient jdbc;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SessionUserRefresh(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = contexts.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof RapportPrincipal principal) {
            Optional<SignedInUser> current = current(principal.user().id());
            if (current.isEmpty()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                contexts.clearContext();
            } else if (!current.get().equals(principal.user())) {
                RapportPrincipal refreshed = RapportPrincipal.signedIn(current.get());
                UsernamePasswordAuthenticationToken authentication =
                        UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities());
                authentication.setDetails(signedIn.getDetails());
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(authentication);
                contexts.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** The user as the database has them now, if they still exist and are enabled: one primary-key read. */
    Optional<SignedInUser> current(UUID userId) {
        return jdbc.sql(CURRENT_USER)
                .param("id", userId)
                .query((rs, row) -> UserRows.signedInUser(rs, "id"))
                .optional();
    }
}
