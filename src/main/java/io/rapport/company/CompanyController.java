package io.rapport.company;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.UserDirectory;
import io.rapport.record.RecordListPage;
import io.rapport.record.RecordPages;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.exports.ExportDownload;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.web.ConditionRow;
import io.rapport.shared.web.FormErrors;
import io.rapport.shared.web.MergePage;
import io.rapport.shared.web.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The company pages: list, detail, create, edit, trash and restore. */
@Controller
@RequestMapping("/companies")
class CompanyController {

    static final List<String> COLUMNS = List.of(
            "domain",
            "industry",
            "size",
            "city",
            "country",
            "owner",
            "tags",
            "updatedAt",
            "lastContacted",
            "nextActivity");
    private static final RecordListPage.Layout LAYOUT = new RecordListPage.Layout(
            "company/list", COLUMNS, List.of("domain", "industry", "city", "country", "owner"), "name");

    private final CompanyService service;
    private final CompanyDirectory directory;
    private final UserDirectory users;
    private final CustomFieldDirectory customFields;
    private final RecordListPage listPage;
    private final RecordPages pages;
    private final RecordType companyType;
    private final CompanyMerger merger;
    private final CompanyExporter exporter;

    CompanyController(
            CompanyService service,
            CompanyDirectory directory,
            UserDirectory users,
            CustomFieldDirectory customFields,
            RecordListPage listPage,
            RecordPages pages,
            RecordType companyType,
            CompanyMerger merger,
            CompanyExporter exporter) {
        this.service = service;
        this.exporter = exporter;
        this.merger = merger;
        this.listPage = listPage;
        this.pages = pages;
        this.companyType = companyType;
        this.customFields = customFields;
        this.directory = directory;
        this.users = users;
    }

    @GetMapping
    String list(
            CompanyQuery given,
            RecordListPage.Asked asked,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("sizes", sizeLabels());
        return listPage.show(
                companyType,
                LAYOUT,
                given,
                asked,
                htmx != null,
                service::list,
                ownerNames -> new CompanyRows(request.getContextPath(), ownerNames),
                request,
                model);
    }

    /** The list as CSV or Excel, with its filters: what the "Export" links of the list download. */
    @GetMapping("/export")
    void export(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response)
            throws IOException {
        ExportDownload.stream(exporter, QueryParameters.of(parameters), response);
    }

    /** The list page's condition row: one more condition (AND) on the list's filter, then the list again. */
    @GetMapping(params = ConditionRow.ADD)
    String addCondition(
            @RequestParam(required = false) String filter, HttpServletRequest request, RedirectAttributes redirect) {
        return ConditionRow.redirect(request, filter, redirect);
    }

    /** Likely duplicate pairs across the whole base, those matching {@code q} when given. */
    @GetMapping("/duplicates")
    String duplicates(@RequestParam(required = false) String q, Model model) {
        return RecordPages.duplicatePairs(
                model, companyType, service.duplicatePairs(Integer.MAX_VALUE), q, "company.duplicates.");
    }

    /** The merge page: the companies side by side, the first proposed as survivor, a value to pick per field. */
    @GetMapping("/merge")
    String mergeForm(@RequestParam List<UUID> ids, Model model) {
        List<Company> companies = ids.stream().distinct().map(service::get).toList();
        if (companies.size() < 2) {
            throw new InvalidInputException("ids", "name at least two companies to merge");
        }
        List<UUID> parents = companies.stream()
                .map(Company::getParentId)
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<UUID, String> parentNames = new java.util.HashMap<>();
        directory.summaries(parents).forEach((parentId, parent) -> parentNames.put(parentId, parent.name()));
        model.addAttribute(
                "merge",
                new MergePage(
                        "company.merge.title",
                        "company.merge.explain",
                        "/companies/merge",
                        "/companies/" + companies.get(0).getId(),
                        companies.stream()
                                .map(company -> new MergePage.Candidate(company.getId(), company.getName()))
                                .toList(),
                        List.of(new MergePage.United(
                                "field.tags",
                                companies.stream()
                                        .map(company -> String.join(", ", company.getTags()))
                                        .toList())),
                        merger.choices(companies, users.namesOf(owners(companies)), parentNames)));
        return "merge";
    }

    @PostMapping("/merge")
    String merge(
            @RequestParam UUID survivorId,
            @RequestParam List<UUID> ids,
            @RequestParam Map<String, String> parameters,
            RedirectAttributes redirect) {
        return MergePage.submit("/companies", survivorId, ids, parameters, merger::merge, "company.merged", redirect);
    }

    @PostMapping("/merges/{mergeId}/undo")
    String undoMerge(@PathVariable UUID mergeId, RedirectAttributes redirect) {
        return MergePage.undo("/companies", () -> merger.undo(mergeId).getId(), "company.mergeUndone", redirect);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Company company = service.get(id);
        model.addAttribute("company", company);
        model.addAttribute(
                "parent",
                company.getParentId() == null
                        ? null
                        : directory.summaries(List.of(company.getParentId())).get(company.getParentId()));
        model.addAttribute("children", service.children(id));
        model.addAttribute("customFields", customFields.fields(CompanyChanged.RECORD_TYPE));
        model.addAttribute(
                "ownerName", users.namesOf(List.of(company.getOwnerId())).get(company.getOwnerId()));
        return "company/detail";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, CompanyInput.empty(), null, Map.of());
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CompanyInput input,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                binding,
                () -> {
                    Company company = service.create(input);
                    return RecordPages.backTo(companyType, company.getId(), "created", redirect);
                },
                errors -> form(model, input, null, errors));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        return form(model, service.get(id).toInput(), id, Map.of());
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CompanyInput input,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                binding,
                () -> {
                    service.update(id, input);
                    return RecordPages.backTo(companyType, id, "updated", redirect);
                },
                errors -> form(model, input, id, errors));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        service.delete(id);
        return RecordPages.backTo(companyType, id, "deleted", redirect);
    }

    @PostMapping("/{id}/restore")
    String restore(@PathVariable UUID id, RedirectAttributes redirect) {
        service.restore(id);
        return RecordPages.backTo(companyType, id, "restored", redirect);
    }

    /** {@code <option>}s of companies matching what was typed, for pickers in other forms. */
    /** The likely duplicates of the company being entered, for its form (htmx, as fields change). */
    @GetMapping("/duplicates/panel")
    String duplicatesPanel(
            @ModelAttribute("probe") CompanyInput input, @RequestParam(required = false) UUID recordId, Model model) {
        model.addAttribute("duplicates", service.duplicatesOf(input, recordId));
        model.addAttribute("recordsPath", "companies");
        return "duplicates :: panel";
    }

    @GetMapping("/options")
    String options(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("options", q.isBlank() ? List.of() : directory.search(q, 20));
        return "company/options :: options";
    }

    private String form(Model model, CompanyInput input, UUID id, Map<String, String> errors) {
        pages.form(model, companyType, input, id, errors);
        model.addAttribute("sizes", sizeLabels());
        model.addAttribute(
                "parent",
                input.parentId() == null
                        ? null
                        : directory.summaries(List.of(input.parentId())).get(input.parentId()));
        return "company/form";
    }

    private static List<String> sizeLabels() {
        return java.util.Arrays.stream(CompanySize.values())
                .map(CompanySize::label)
                .toList();
    }

    private static Set<UUID> owners(List<Company> companies) {
        Set<UUID> ids = new HashSet<>();
        companies.forEach(company -> ids.add(company.getOwnerId()));
        return ids;
    }
}
