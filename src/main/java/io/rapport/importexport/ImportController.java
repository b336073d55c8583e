package io.rapport.importexport;

import io.rapport.shared.FieldProblem;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.imports.ImportField;
import io.rapport.shared.imports.ImportSettings.DuplicatePolicy;
import io.rapport.shared.imports.ImportSettings.MatchOn;
import io.rapport.shared.record.RecordTypes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: upload a file, map its columns (suggested), preview the first rows, start, and follow the
 * progress (htmx polls it while the import runs, so a reload finds it where it is), cancel, undo, download errors.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

    private final ImportService service;
    private final ImportTargets targets;
    private final ImportErrorFile errorFile;

    private final UploadLimits uploadLimits;

    private final RecordTypes recordTypes;

    ImportController(
            ImportService service,
            ImportTargets targets,
            ImportErrorFile errorFile,
            UploadLimits uploadLimits,
            RecordTypes recordTypes) {
        this.recordTypes = recordTypes;
        this.service = service;
        this.uploadLimits = uploadLimits;
        this.targets = targets;
        this.errorFile = errorFile;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("imports", service.list());
        model.addAttribute("recordTypes", targets.recordTypes());
        // The form checks a file against the limit before sending it (see rapport.js).
        model.addAttribute("uploadLimit", uploadLimits.text());
        model.addAttribute("uploadLimitBytes", uploadLimits.bytes());
        model.addAttribute("uploadCeiling", uploadLimits.ceilingText());
        return "importexport/imports";
    }

    /** Administrators set the largest file an import takes, up to the operator's ceiling. */
    @PostMapping("/upload-limit")
    String setUploadLimit(@RequestParam String maxUploadSize, RedirectAttributes redirect) {
        try {
            uploadLimits.set(maxUploadSize);
            redirect.addFlashAttribute("notice", "import.uploadLimit.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/imports";
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String recordType,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("failure", "Choose a file to import: the file is empty or missing.");
            return "redirect:/imports";
        }
        try (InputStream content = file.getInputStream()) {
            ImportJob job = service.upload(
                    recordType == null ? recordTypes.first().name() : recordType,
                    file.getOriginalFilename(),
                    content,
                    null);
            return "redirect:/imports/" + job.getId();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "failure",
                    file.getOriginalFilename() + ": " + e.problems().get(0).message());
            return "redirect:/imports";
        } catch (IOException e) {
            redirect.addFlashAttribute("failure", "The upload could not be read: " + e.getMessage());
            return "redirect:/imports";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        ImportJob job = service.get(id);
        addJob(job, model);
        if (job.getStatus() == ImportJob.Status.DRAFT) {
            List<ImportField> fields = service.fields(job);
            model.addAttribute("fields", fields);
            model.addAttribute("columns", columns(job, service.sample(job, 3)));
            model.addAttribute("policies", DuplicatePolicy.values());
            model.addAttribute("matchOns", MatchOn.values());
        }
        return "importexport/import";
    }

    /** The progress panel alone, for htmx to poll while the import runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        addJob(service.get(id), model);
        return "importexport/import :: progress";
    }

    @PostMapping("/{id}/preview")
    String preview(
            @PathVariable UUID id,
            @RequestParam(required = false) List<String> mapping,
            @RequestParam(required = false) String duplicatePolicy,
            @RequestParam(required = false) String matchOn,
            Model model) {
        try {
            model.addAttribute("rows", service.preview(id, request(mapping, duplicatePolicy, matchOn, null)));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        }
        return "importexport/import :: preview";
    }

    @PostMapping("/{id}/start")
    String start(
            @PathVariable UUID id,
            @RequestParam(required = false) List<String> mapping,
            @RequestParam(required = false) String duplicatePolicy,
            @RequestParam(required = false) String matchOn,
            @RequestParam(required = false) String saveMappingAs,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> service.start(id, request(mapping, duplicatePolicy, matchOn, saveMappingAs)));
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.cancel(id));
    }

    @PostMapping("/{id}/undo")
    String undo(@PathVariable UUID id, @RequestParam(required = false) Boolean confirm, RedirectAttributes redirect) {
        if (!Boolean.TRUE.equals(confirm)) {
            redirect.addFlashAttribute("failure", "Tick the box to confirm that the whole import is to be undone.");
            return "redirect:/imports/" + id;
        }
        return act(id, redirect, () -> service.undo(id));
    }

    /** An abandoned draft goes, with its file; the list says so, or why not. */
    @PostMapping("/{id}/delete")
    String deleteDraft(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            service.deleteDraft(id);
            redirect.addFlashAttribute("notice", "import.deleted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", FieldProblem.describe(e.problems()));
        }
        return "redirect:/imports";
    }

    @GetMapping("/{id}/errors.csv")
    void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        errorFile.download(service.get(id), response);
    }

    /**
     * The job, and once it has stopped writing (and is not undone) the record type whose list, filtered to the
     * import, shows what it created.
     */
    private void addJob(ImportJob job, Model model) {
        model.addAttribute("job", job);
        if (job.getCreated() > 0 && job.isFinished()) {
            recordTypes.find(job.getRecordType()).ifPresent(type -> model.addAttribute("createdIn", type));
        }
    }

    private static String act(UUID id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", FieldProblem.describe(e.problems()));
        }
        return "redirect:/imports/" + id;
    }

    private static ImportRequest request(
            List<String> mapping, String duplicatePolicy, String matchOn, String saveMappingAs) {
        return new ImportRequest(mapping, DuplicatePolicy.of(duplicatePolicy), MatchOn.of(matchOn), saveMappingAs);
    }

    /** Each column with its header, suggested field and first values, for the mapping table. */
    private static List<Column> columns(ImportJob job, List<List<String>> sample) {
        List<Column> columns = new ArrayList<>();
        for (int index = 0; index < job.getHeaders().size(); index++) {
            String field = index < job.getMapping().size() ? job.getMapping().get(index) : null;
            List<String> examples = new ArrayList<>();
            for (List<String> row : sample) {
                if (index < row.size() && !row.get(index).isBlank()) {
                    examples.add(row.get(index).length() > 40 ? row.get(index).substring(0, 40) + "…" : row.get(index));
                }
            }
            columns.add(new Column(index, job.getHeaders().get(index), field, String.join(" · ", examples)));
        }
        return columns;
    }

    /** A column of the mapping table; public for the template. */
    public record Column(int index, String header, String field, String examples) {}
}
