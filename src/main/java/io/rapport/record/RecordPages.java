package io.rapport.record;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.DuplicatePair;
import io.rapport.shared.record.RecordType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parts every record's pages share: the form's model (its input, errors, custom fields, owners), the answer
 * after a change (back to the record with a notice) and the page of likely duplicate pairs. The record's
 * controller keeps its own mappings and adds what only its pages show.
 */
@Component
public class RecordPages {

    /** The most likely duplicate pairs a page shows, best first. */
    public static final int DUPLICATE_PAIRS_SHOWN = 200;

    private final CustomFieldDirectory customFields;
    private final UserDirectory users;

    RecordPages(CustomFieldDirectory customFields, UserDirectory users) {
        this.customFields = customFields;
        this.users = users;
    }

    /** Back to the record, with the notice {@code <type>.<notice>} (for example {@code company.deleted}). */
    public static String backTo(RecordType type, UUID id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", type.name() + "." + notice);
        return "redirect:" + type.uiPath(id);
    }

    /** The model every record form reads: the input as typed, its errors, custom fields, the users to own it. */
    public void form(Model model, RecordType type, Object input, UUID id, Map<String, String> errors) {
        model.addAttribute("form", input);
        model.addAttribute("recordsPath", type.listPath());
        if (!model.containsAttribute("duplicates")) {
            model.addAttribute("duplicates", List.of());
        }
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("users", users.activeUsers());
        model.addAttribute("customFields", customFields.fields(type.name()));
    }

    /**
     * The page of likely duplicate pairs across the base, each with a link to merge it: the best
     * {@link #DUPLICATE_PAIRS_SHOWN} of those matching {@code q} (a name, an email or a domain, in part), so a pair
     * one knows of is found among thousands.
     */
    public static String duplicatePairs(
            Model model, RecordType type, List<DuplicatePair> pairs, String q, String messagePrefix) {
        model.addAttribute(
                "pairs",
                pairs.stream()
                        .filter(pair -> pair.matches(q))
                        .limit(DUPLICATE_PAIRS_SHOWN)
                        .toList());
        model.addAttribute("q", q);
        model.addAttribute("base", type.uiPath());
        model.addAttribute("titleKey", messagePrefix + "title");
        model.addAttribute("explainKey", messagePrefix + "explain");
        model.addAttribute("firstKey", messagePrefix + "first");
        model.addAttribute("searchKey", messagePrefix + "search");
        return "duplicate-pairs";
    }
}
