package io.rapport.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * Uploads that cannot be read: a body that is not multipart sent where a file is expected (415), a multipart body
 * cut short or malformed, or a part {@link InputCheck} refuses (400). Parsing happens before a controller is
 * chosen, so the API's own handler does not see these; this advice, for every controller, does. Right after
 * {@link UploadLimit}, which answers the too-large ones.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MultipartFaults {

    private static final Logger log = LoggerFactory.getLogger(MultipartFaults.class);

    private final RequestRefusal refusal;

    MultipartFaults(RequestRefusal refusal) {
        this.refusal = refusal;
    }

    @ExceptionHandler(CheckedMultipartResolver.RefusedPart.class)
    void refusedPart(CheckedMultipartResolver.RefusedPart e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.debug("Refused a part of {}: {}", request.getRequestURI(), e.getMessage());
        refusal.invalid(request, response, e.fault().field(), e.fault().message());
    }

    @ExceptionHandler(MultipartException.class)
    void unreadable(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("multipart/")) {
            refusal.refuse(
                    request,
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported Media Type",
                    "Send the file as multipart/form-data.");
            return;
        }
        log.debug("Refused an unreadable multipart body of {}: {}", request.getRequestURI(), e.getMessage());
        refusal.refuse(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "Malformed request body",
                "The multipart body cannot be read (cut short or malformed).");
    }
}
