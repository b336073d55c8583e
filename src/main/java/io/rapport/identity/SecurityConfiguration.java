package io.rapport.identity;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the API signs in by bearer token and answers with problem details; the UI signs in by
 * form, with a session and CSRF protection. Both allow reads to every role and writes to every role but
 * READ_ONLY; user administration needs ADMIN. Which records a user sees is decided by {@link Visibility}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The OpenAPI description is public: it says what the open source code says, holds no data and nothing an
     * instance configures, and client generators and linters read it without credentials. (Behind sign-in it sent
     * API clients to the sign-in page.) Swagger UI, which sends requests, stays for administrators.
     */
    private static final String[] PUBLIC_UI = {
        "/login",
        "/error",
        "/webjars/**",
        "/assets/**",
        "/favicon.ico",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs.yaml",
        "/v3/api-docs/**"
    };

    /** The one API operation without a token: it issues them. */
    static final String TOKEN_ENDPOINT = "/api/v1/auth/tokens";

    /** API paths for administrators only, whatever the method. */
    static final String[] ADMIN_API = {"/api/v1/users/**", "/api/v1/teams/**", "/api/v1/mailboxes/**"};

    /** API paths whose writes are for administrators only (their reads are for everyone). */
    static final String[] ADMIN_WRITES = {"/api/v1/custom-fields/**"};

    /** POSTs that write no record, open to every role: read-only users start exports too. */
    static final String[] POSTS_FOR_EVERY_ROLE = {"/api/v1/exports", "/api/v1/calendar/feed"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The token endpoint's password check. */
    @Bean
    AuthenticationManager authenticationManager(
            RapportUserDetailsService userDetails, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        return new ProviderManager(passwordSignIn(userDetails, passwordEncoder, throttle));
    }

    /**
     * The one way a password is checked, for the form and the token endpoint alike: behind the shared
     * {@link LoginThrottle}. (Without naming it for the form, the form got Spring's own manager, built from the
     * user details service alone: unthrottled.)
     */
    private static ThrottledAuthenticationProvider passwordSignIn(
            RapportUserDetailsService userDetails, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /** The form's password check: the same provider, publishing sign-in events for the audit's security log. */
    private static AuthenticationManager formSignIn(
            RapportUserDetailsService userDetails,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            ApplicationEventPublisher events) {
        ProviderManager manager = new ProviderManager(passwordSignIn(userDetails, passwordEncoder, throttle));
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }

    /** The description's side of these rules: which operations may answer 403, and which need no token. */
    @Bean
    @Order(0)
    ApiAccessDocumentation apiAccessDocumentation() {
        return new ApiAccessDocumentation();
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(HttpMethod.POST, TOKEN_ENDPOINT)
                                .permitAll()
                                .requestMatchers(ADMIN_API)
                                .hasRole("ADMIN")
                                .requestMatchers("/actuator/prometheus")
                                .hasRole("ADMIN")
                                .requestMatchers(HttpMethod.GET, "/api/**")
                                .authenticated()
                                .requestMatchers(HttpMethod.POST, POSTS_FOR_EVERY_ROLE)
                                .authenticated()
                                .requestMatchers(ADMIN_WRITES)
                                .hasRole("ADMIN")
                                .anyRequest()
                                .hasAnyRole(Role.WRITERS))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(
            HttpSecurity http,
            RapportUserDetailsService userDetails,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            ProblemResponses problems,
            JdbcClient jdbc)
            throws Exception {
        // An htmx request whose session expired gets a 401 with HX-Redirect, so htmx reloads the login page
        // as a whole instead of swapping it into a fragment.
        AuthenticationEntryPoint entryPoint = DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(new HtmxLoginRedirect(problems), new RequestHeaderRequestMatcher("HX-Request"))
                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                .build();
        http.authenticationManager(formSignIn(userDetails, passwordEncoder, throttle, events))
                // The session remembers who signed in; the database says what they may do now (every request).
                .addFilterBefore(new SessionUserRefresh(jdbc), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(PUBLIC_UI)
                                .permitAll()
                                // A calendar feed has no session: the secret in its address is the key.
                                .requestMatchers(HttpMethod.GET, "/calendar/feed/*")
                                .permitAll()
                                .requestMatchers("/admin/**", "/swagger-ui/**", "/swagger-ui.html")
                                .hasRole("ADMIN")
                                .requestMatchers(HttpMethod.GET, "/**")
                                .authenticated()
                                .requestMatchers(
                                        "/logout", "/account/**", "/exports/*", "/calendar/feed", "/calendar/feed/stop")
                                .authenticated()
                                .anyRequest()
                                .hasAnyRole(Role.WRITERS))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/contacts", false)
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // No session before sign-in: the page asked for waits in a cookie, the CSRF token too. With the
                // defaults every anonymous request made a server session (a saved request, a token), so anyone
                // could fill the heap by requesting pages: 113 000 sessions, 240 MB, in 90 seconds of wrk.
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                        + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        // Record ids and feed secrets in our addresses go to no other site.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
