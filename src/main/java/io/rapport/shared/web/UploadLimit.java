package io.rapport.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the limit ({@code RAPPORT_IMPORT_MAX_UPLOAD_SIZE}) is refused while the request is read, before
 * any controller is chosen, so the API's error handling does not see it: this answers a 413 problem that says
 * the limit. (A page's upload over the limit is refused earlier still, when the CSRF check reads the form, and
 * the browser would show the server's bare 413: the import page checks the file's size before sending it.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    private final String limit;
    private final JsonMapper json;

    UploadLimit(@Value("${rapport.import.max-upload-size}") String limit, JsonMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = "The file is larger than the upload limit of " + limit
                + " (an administrator sets it with RAPPORT_IMPORT_MAX_UPLOAD_SIZE).";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(json.writeValueAsString(Problems.asMap(Problems.of(
                            HttpStatus.CONTENT_TOO_LARGE,
                            Problems.typeFor(HttpStatus.CONTENT_TOO_LARGE),
                            "The upload is too large",
                            detail))));
            return;
        }
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), detail);
    }
}
