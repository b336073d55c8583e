package io.rapport.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the operator's ceiling ({@code RAPPORT_IMPORT_MAX_UPLOAD_SIZE}) is refused while the request is
 * read, before any controller is chosen, so the API's error handling does not see it: this answers a 413 problem
 * that says the limit. {@link #refuse} does the same for a limit checked before the upload is read.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimit {

    private final String limit;
    private final RequestRefusal refusal;

    UploadLimit(@Value("${rapport.import.max-upload-size}") String limit, RequestRefusal refusal) {
        this.limit = limit;
        this.refusal = refusal;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refuse(request, response, limit);
    }

    /**
     * A 413 saying the limit: a problem for the API, the error page for a browser (whose own check on the import
     * page says it before sending).
     */
    public void refuse(HttpServletRequest request, HttpServletResponse response, String limitText) throws IOException {
        refusal.refuse(
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                "The upload is too large",
                "The file is larger than the upload limit of " + limitText
                        + " (an administrator sets it on the Import page, up to RAPPORT_IMPORT_MAX_UPLOAD_SIZE).");
    }
}
