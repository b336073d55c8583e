package io.rapport.activity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * An attachment sent as a download, never shown in the browser: HTML, SVG, XML and script go out as
 * {@code application/octet-stream}, always with {@code Content-Disposition: attachment}, {@code nosniff} and a
 * sandboxing content security policy, so an uploaded page can run no script on Rapport's origin.
 */
final class AttachmentDownload {

    /** Types a browser would render as a document (and run its scripts) rather than save. */
    private static final Set<String> ACTIVE = Set.of(
            "text/html",
            "application/xhtml+xml",
            "image/svg+xml",
            "text/xml",
            "application/xml",
            "text/javascript",
            "application/javascript");

    private AttachmentDownload() {}

    static void send(Attachment attachment, AttachmentService service, HttpServletResponse response)
            throws IOException {
        String type = attachment.contentType().toLowerCase(Locale.ROOT);
        boolean active = ACTIVE.stream().anyMatch(type::startsWith) || !type.matches("[a-z0-9.+-]+/[a-z0-9.+-]+");
        response.setContentType(active ? "application/octet-stream" : type);
        response.setContentLengthLong(attachment.size());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        try (InputStream in = service.open(attachment)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
