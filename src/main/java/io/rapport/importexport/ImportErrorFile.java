package io.rapport.importexport;

import io.rapport.shared.web.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The failed rows of an import as a CSV to fix and import again: the row number, the reason, then the row's own
 * cells under the file's headers. Streamed a page at a time, so a million failures take no more memory than ten.
 */
@Component
class ImportErrorFile {

    private static final int PAGE = 1_000;

    private final ImportLedger ledger;

    ImportErrorFile(ImportLedger ledger) {
        this.ledger = ledger;
    }

    /** Written in the request's own thread, so the request's sign-in and visibility hold while it streams. */
    void download(ImportJob job, HttpServletResponse response) throws IOException {
        String name = job.getFileName().replaceAll("\\.[A-Za-z0-9]+$", "") + "-errors.csv";
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        write(job, new CsvWriter(writer));
        writer.flush();
    }

    private void write(ImportJob job, CsvWriter csv) throws IOException {
        List<String> header = new ArrayList<>(List.of("Row", "Error"));
        header.addAll(job.getHeaders());
        csv.row(header);
        long after = 0;
        for (List<ImportLedger.ErrorRow> page = ledger.errors(job.getId(), after, PAGE);
                !page.isEmpty();
                page = ledger.errors(job.getId(), after, PAGE)) {
            for (ImportLedger.ErrorRow row : page) {
                List<String> cells = new ArrayList<>(List.of(String.valueOf(row.number()), row.reason()));
                cells.addAll(row.cells());
                csv.row(cells);
                after = row.number();
            }
        }
    }
}
