package io.rapport.importexport;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.http.HttpHeaders;

/** Sends a completed background export's file as an attachment, for the API and the UI alike. */
final class ExportDownloads {

    private ExportDownloads() {}

    static void send(ExportService service, ExportJob job, HttpServletResponse response) throws IOException {
        var file = service.file(job.getId());
        response.setContentType(job.getFormat().contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + job.downloadName() + "\"");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
