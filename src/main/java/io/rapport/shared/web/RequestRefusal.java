package io.rapport.shared.web;

import io.rapport.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request outside Spring MVC's error handling (in a filter, or before a controller is chosen): a
 * problem for the API and for clients that do not ask for HTML, the error page ({@code sendError}) for a browser.
 */
@Component
class RequestRefusal {

    private final JsonMapper json;

    RequestRefusal(JsonMapper json) {
        this.json = json;
    }

    void refuse(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        refuse(request, response, Problems.of(status, Problems.typeFor(status), title, detail));
    }

    /** A 400 naming the field (a parameter, a part) that cannot be accepted. */
    void invalid(HttpServletRequest request, HttpServletResponse response, String field, String message)
            throws IOException {
        refuse(
                request,
                response,
                Problems.invalid("Parameter '" + field + "' " + message, List.of(new FieldProblem(field, message))));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (wantsPage(request)) {
            response.sendError(problem.getStatus(), problem.getDetail());
            return;
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(Problems.asMap(problem)));
    }

    /** A browser's request for a page, not the API's. */
    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && accept != null
                && accept.contains("text/html");
    }
}
