package io.rapport.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page: problem details for the API and for clients that do not want HTML, an HTML page
 * for people. It answers what Spring MVC rejects before any controller runs (unknown paths, wrong methods, wrong
 * media types) and whatever the UI controllers leave unhandled.
 */
@Controller
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        if (isApi(request) || !acceptsHtml(request)) {
            return problem(request, status);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String reason = known == null ? "Error" : known.getReasonPhrase();
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        // Server errors keep their message to the log: it may name internals.
        boolean useMessage = message instanceof String text && !text.isBlank() && !status.is5xxServerError();
        ProblemDetail problem =
                Problems.of(status, Problems.typeFor(status), reason, useMessage ? (String) message : reason);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.setInstance(URI.create(path.toString()));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path != null && path.toString().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** The error's status; {@code /error} asked for directly is a page that does not exist. */
    private static HttpStatusCode status(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            return HttpStatus.NOT_FOUND;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return HttpStatusCode.valueOf(code instanceof Integer value ? value : 500);
    }
}
