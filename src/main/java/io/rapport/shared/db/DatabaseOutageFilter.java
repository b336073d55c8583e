package io.rapport.shared.db;

import io.rapport.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database is out ({@link DatabaseAvailability}), answers 503 with {@code Retry-After} at once, ahead of
 * the security filters (which read the signed-in user from the database); and turns a connection failure that
 * escapes a request (from a filter or a page) into the same answer. A problem for the API and for clients that do
 * not ask for HTML, the error page for people. The health endpoints and static files are left alone: liveness
 * must never wait on the database, and readiness says the outage itself.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DatabaseAvailability availability;
    private final JsonMapper json;

    DatabaseOutageFilter(DatabaseAvailability availability, JsonMapper json) {
        this.availability = availability;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/") || path.startsWith("/assets/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!availability.available()) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseAvailability.isConnectionFailure(e) || response.isCommitted()) {
                throw e;
            }
            availability.connectionFailed(e);
            response.reset();
            refuse(request, response);
        }
    }

    void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseAvailability.RETRY_AFTER.toSeconds()));
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!api && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(json.writeValueAsString(Problems.asMap(Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "database-unavailable",
                        "Service unavailable",
                        "The database cannot be reached at the moment. Try again in a few seconds."))));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        DatabaseOutageFilter databaseOutageFilter(DatabaseAvailability availability, JsonMapper json) {
            return new DatabaseOutageFilter(availability, json);
        }

        @Bean
        FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilterRegistration(DatabaseOutageFilter filter) {
            FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(filter);
            // Ahead of the upload limit and of Spring Security (whose chain reads the user from the database).
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
            return registration;
        }
    }
}
