package io.rapport.shared.exports;

import io.rapport.shared.web.TableWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/** An export streamed straight to an HTTP response, page by page: the "Export" links and endpoints of lists. */
public final class ExportDownload {

    private ExportDownload() {}

    /** The query is read (and refused with a 400) before anything is written. */
    public static <Q> void stream(ExportTarget<Q> target, Map<String, String> parameters, HttpServletResponse response)
            throws IOException {
        TableFormat format = TableFormat.of(parameters.get("format"));
        Q query = target.query(parameters);
        response.setContentType(format.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + target.fileName() + "." + format.code() + "\"");
        try (TableWriter table = format.open(response.getOutputStream(), target.fileName())) {
            target.export(query, table);
        }
    }
}
