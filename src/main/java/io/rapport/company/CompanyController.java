package io.rapport.company;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.PageRequest;
import io.rapport.shared.web.FormErrors;
import io.rapport.shared.web.ListColumns;
import io.rapport.shared.web.ListLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    static final List<String> COLUMNS =
            List.of("domain", "industry", "size", "city", "country", "owner", "tags", "updatedAt");
    private static final List<String> DEFAULT_COLUMNS = List.of("domain", "industry", "city", "country", "owner");

    private final CompanyService service;
    private final CompanyDirectory directory;
    private final UserDirectory users;
    private final CustomFieldDirectory customFields;

    CompanyController(
            CompanyService service,
            CompanyDirectory directory,
            UserDirectory users,
            CustomFieldDirectory customFields) {
        this.service = service;
        this.customFields = customFields;
        this.directory = directory;
        this.users = users;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String city,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) UUID ownerId,
            @RequestParam(defaultValue = "false") boolean deleted,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) List<String> cols,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            Model model) {
        CompanyService.Filter filter =
                new CompanyService.Filter(q, industry, country, city, size, tag, ownerId, null, deleted);
        try {
            var page = service.list(filter, PageRequest.of(PageRequest.DEFAULT_LIMIT, cursor, sort, "name"));
            model.addAttribute("page", page);
            model.addAttribute("ownerNames", users.namesOf(owners(page.items())));
        } catch (InvalidInputException e) {
            model.addAttribute("page", new io.rapport.shared.CursorPage<Company>(List.of(), null));
            model.addAttribute("ownerNames", Map.of());
            model.addAttribute("listError", e.getMessage());
        }
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        List<String> columns = ListColumns.choose(cols, COLUMNS, DEFAULT_COLUMNS);
        model.addAttribute("columns", columns);
        model.addAttribute("links", ListLinks.of(request));
        model.addAttribute("allColumns", COLUMNS);
        model.addAttribute("sizes", sizeLabels());
        model.addAttribute("users", users.activeUsers());
        return htmx != null && cursor != null ? "company/list :: rows" : "company/list";
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
                    redirect.addFlashAttribute("notice", "company.created");
                    return "redirect:/companies/" + company.getId();
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
                    redirect.addFlashAttribute("notice", "company.updated");
                    return "redirect:/companies/" + id;
                },
                errors -> form(model, input, id, errors));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        service.delete(id);
        redirect.addFlashAttribute("notice", "company.deleted");
        return "redirect:/companies/" + id;
    }

    @PostMapping("/{id}/restore")
    String restore(@PathVariable UUID id, RedirectAttributes redirect) {
        service.restore(id);
        redirect.addFlashAttribute("notice", "company.restored");
        return "redirect:/companies/" + id;
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
        model.addAttribute("form", input);
        model.addAttribute("recordsPath", "companies");
        model.addAttribute("duplicates", List.of());
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("sizes", sizeLabels());
        model.addAttribute("users", users.activeUsers());
        model.addAttribute("customFields", customFields.fields(CompanyChanged.RECORD_TYPE));
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
