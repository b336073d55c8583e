package io.rapport.contact;

import io.rapport.company.CompanyDirectory;
import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.UserDirectory;
import io.rapport.record.RecordListPage;
import io.rapport.record.RecordPages;
import io.rapport.shared.DuplicateRecordException;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.exports.ExportDownload;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.web.ConditionRow;
import io.rapport.shared.web.FormErrors;
import io.rapport.shared.web.MergePage;
import io.rapport.shared.web.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contact pages: list, detail, create, edit, trash and restore; and a company's contacts. */
@Controller
class ContactController {

    static final List<String> COLUMNS = List.of(
            "email",
            "phone",
            "company",
            "jobTitle",
            "lifecycleStage",
            "city",
            "country",
            "owner",
            "tags",
            "updatedAt",
            "lastContacted",
            "nextActivity");
    private static final RecordListPage.Layout LAYOUT = new RecordListPage.Layout(
            "contact/list", COLUMNS, List.of("email", "phone", "company", "lifecycleStage", "owner"), "lastName");

    private final ContactService service;
    private final ContactMerger merger;
    private final ContactExporter exporter;
    private final CompanyDirectory companies;
    private final UserDirectory users;
    private final CustomFieldDirectory customFields;
    private final RecordListPage listPage;
    private final RecordPages pages;
    private final RecordType contactType;
    private final MessageSourceAccessor messages;

    ContactController(
            ContactService service,
            ContactMerger merger,
            ContactExporter exporter,
            CompanyDirectory companies,
            UserDirectory users,
            CustomFieldDirectory customFields,
            RecordListPage listPage,
            RecordPages pages,
            RecordType contactType,
            MessageSource messageSource) {
        this.service = service;
        this.merger = merger;
        this.exporter = exporter;
        this.companies = companies;
        this.users = users;
        this.customFields = customFields;
        this.listPage = listPage;
        this.pages = pages;
        this.contactType = contactType;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @GetMapping("/contacts")
    String list(
            ContactQuery given,
            RecordListPage.Asked asked,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("stages", LifecycleStage.values());
        return listPage.show(
                contactType,
                LAYOUT,
                given,
                asked,
                htmx != null,
                service::list,
                ownerNames -> new ContactRows(request.getContextPath(), ownerNames, messages),
                request,
                model);
    }

    /** The list page's condition row: one more condition (AND) on the list's filter, then the list again. */
    @GetMapping(path = "/contacts", params = ConditionRow.ADD)
    String addCondition(
            @RequestParam(required = false) String filter, HttpServletRequest request, RedirectAttributes redirect) {
        return ConditionRow.redirect(request, filter, redirect);
    }

    @GetMapping("/contacts/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Contact contact = service.get(id);
        model.addAttribute("contact", contact);
        model.addAttribute("customFields", customFields.fields(ContactChanged.RECORD_TYPE));
        model.addAttribute(
                "ownerName", users.namesOf(List.of(contact.getOwnerId())).get(contact.getOwnerId()));
        return "contact/detail";
    }

    /** The contacts section of a company's page, loaded into it by htmx. */
    @GetMapping("/companies/{companyId}/contacts")
    String ofCompany(@PathVariable UUID companyId, Model model) {
        model.addAttribute("contacts", service.ofCompany(companyId));
        model.addAttribute("companyId", companyId);
        return "contact/of-company :: contacts";
    }

    @GetMapping("/contacts/new")
    String newForm(@RequestParam(required = false) UUID companyId, Model model) {
        return form(model, ContactInput.empty().withCompanyId(companyId), null, Map.of());
    }

    @PostMapping("/contacts")
    String create(
            @ModelAttribute("form") ContactInput input,
            BindingResult binding,
            @RequestParam(defaultValue = "false") boolean force,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                binding,
                () -> {
                    Contact contact = createOrShowDuplicates(input, force, model);
                    return RecordPages.backTo(contactType, contact.getId(), "created", redirect);
                },
                errors -> form(model, input, null, errors));
    }

    private Contact createOrShowDuplicates(ContactInput input, boolean force, Model model) {
        try {
            return service.create(input, force);
        } catch (DuplicateRecordException e) {
            model.addAttribute("duplicates", e.duplicates());
            throw e;
        }
    }

    /** The likely duplicates of the contact being entered, for its form (htmx, as fields change). */
    @GetMapping("/contacts/duplicates/panel")
    String duplicatesPanel(
            @ModelAttribute("probe") ContactInput input, @RequestParam(required = false) UUID recordId, Model model) {
        model.addAttribute("duplicates", service.duplicatesOf(input, recordId));
        model.addAttribute("recordsPath", "contacts");
        return "duplicates :: panel";
    }

    /** The list as CSV or Excel, with its filters: what the "Export" links of the list download. */
    @GetMapping("/contacts/export")
    void export(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response)
            throws IOException {
        ExportDownload.stream(exporter, QueryParameters.of(parameters), response);
    }

    /** The merge page: the contacts side by side, the first proposed as survivor, a value to pick per field. */
    @GetMapping("/contacts/merge")
    String mergeForm(@RequestParam List<UUID> ids, Model model) {
        List<Contact> contacts = ids.stream().distinct().map(service::get).toList();
        if (contacts.size() < 2) {
            throw new InvalidInputException("ids", "name at least two contacts to merge");
        }
        Map<UUID, String> owners = users.namesOf(
                contacts.stream().map(Contact::getOwnerId).distinct().toList());
        model.addAttribute(
                "merge",
                new MergePage(
                        "merge.title",
                        "merge.explain",
                        "/contacts/merge",
                        "/contacts/duplicates",
                        contacts.stream()
                                .map(contact -> new MergePage.Candidate(
                                        contact.getId(),
                                        Objects.requireNonNullElse(contact.fullName(), contact.primaryEmail())))
                                .toList(),
                        List.of(
                                new MergePage.United("field.emails", joined(contacts, Contact::getEmails)),
                                new MergePage.United("field.phones", joined(contacts, Contact::getPhones))),
                        merger.choices(contacts, owners)));
        return "merge";
    }

    private static List<String> joined(List<Contact> contacts, Function<Contact, List<String>> list) {
        return contacts.stream()
                .map(contact -> String.join(", ", list.apply(contact)))
                .toList();
    }

    @PostMapping("/contacts/merge")
    String merge(
            @RequestParam UUID survivorId,
            @RequestParam List<UUID> ids,
            @RequestParam Map<String, String> parameters,
            RedirectAttributes redirect) {
        return MergePage.submit("/contacts", survivorId, ids, parameters, merger::merge, "contact.merged", redirect);
    }

    @PostMapping("/contacts/merges/{mergeId}/undo")
    String undoMerge(@PathVariable UUID mergeId, RedirectAttributes redirect) {
        return MergePage.undo("/contacts", () -> merger.undo(mergeId).getId(), "contact.mergeUndone", redirect);
    }

    /** Likely duplicate pairs across the whole base, those matching {@code q} when given. */
    @GetMapping("/contacts/duplicates")
    String duplicates(@RequestParam(required = false) String q, Model model) {
        return RecordPages.duplicatePairs(
                model,
                contactType,
                service.duplicatePairs(Integer.MAX_VALUE).stream()
                        .map(DuplicatePairJson::shown)
                        .toList(),
                q,
                "duplicates.");
    }

    @GetMapping("/contacts/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        return form(model, service.get(id).toInput(), id, Map.of());
    }

    @PostMapping("/contacts/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") ContactInput input,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                binding,
                () -> {
                    service.update(id, input);
                    return RecordPages.backTo(contactType, id, "updated", redirect);
                },
                errors -> form(model, input, id, errors));
    }

    @PostMapping("/contacts/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        service.delete(id);
        return RecordPages.backTo(contactType, id, "deleted", redirect);
    }

    @PostMapping("/contacts/{id}/restore")
    String restore(@PathVariable UUID id, RedirectAttributes redirect) {
        service.restore(id);
        return RecordPages.backTo(contactType, id, "restored", redirect);
    }

    private String form(Model model, ContactInput input, UUID id, Map<String, String> errors) {
        pages.form(model, contactType, input, id, errors);
        model.addAttribute("stages", LifecycleStage.values());
        model.addAttribute(
                "company",
                input.companyId() == null
                        ? null
                        : companies.summaries(List.of(input.companyId())).get(input.companyId()));
        return "contact/form";
    }
}
