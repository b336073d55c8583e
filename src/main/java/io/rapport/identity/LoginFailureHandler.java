package io.rapport.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in page, saying whether the password was wrong or the email is throttled (and for how long). */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String reason;
        if (e instanceof SignInThrottledException throttled) {
            reason = "throttled=" + throttled.retryAfterSeconds();
        } else {
            reason = e instanceof LockedException ? "throttled" : "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
