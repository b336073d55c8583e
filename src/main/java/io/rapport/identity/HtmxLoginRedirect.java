package io.rapport.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Tells htmx to load the sign-in page in the whole window when a fragment request finds no session (expired, or
 * ended because the user was disabled): a 401 problem with {@code HX-Redirect}.
 */
class HtmxLoginRedirect implements AuthenticationEntryPoint {

    private final ProblemResponses problems;

    HtmxLoginRedirect(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("HX-Redirect", request.getContextPath() + "/login");
        problems.write(response, 401, "unauthorized", "Unauthorized", "Sign in again.");
    }
}
