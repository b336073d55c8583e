package io.rapport.importexport;

import io.rapport.shared.record.RecordTypes;
import io.rapport.shared.web.QueryParameters;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The list pages' "Export in the background": starts the export with the list's parameters, then a page that
 * follows it (htmx polls it while it runs, so a reload finds it where it is) and offers the file.
 */
@Controller
@RequestMapping("/exports")
class ExportController {

    private final ExportService service;

    private final RecordTypes recordTypes;

    ExportController(ExportService service, RecordTypes recordTypes) {
        this.service = service;
        this.recordTypes = recordTypes;
    }

    @PostMapping("/{list:[a-z_]+}")
    String start(@PathVariable String list, @RequestParam MultiValueMap<String, String> parameters) {
        return "redirect:/exports/"
                + service.start(
                                recordTypes
                                        .byListPath(list)
                                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
                                        .name(),
                                QueryParameters.of(parameters))
                        .getId();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("job", service.get(id));
        return "importexport/export";
    }

    /** The status panel alone, for htmx to poll while the export runs. */
    @GetMapping("/{id}/status")
    String status(@PathVariable UUID id, Model model) {
        model.addAttribute("job", service.get(id));
        return "importexport/export :: status";
    }

    @GetMapping("/{id}/file")
    void file(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ExportDownloads.send(service, service.get(id), response);
    }
}
