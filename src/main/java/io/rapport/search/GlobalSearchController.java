package io.rapport.search;

import io.rapport.company.CompanyDirectory;
import io.rapport.contact.ContactDirectory;
import io.rapport.shared.search.TextSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Searches contacts and companies at once. htmx asks for the drop-down fragment as the user types; without
 * htmx (Enter, or no JavaScript) the same handler renders a full results page.
 */
@Controller
class GlobalSearchController {

    private static final int PER_TYPE = 8;
    private static final int PER_TYPE_FULL_PAGE = 50;

    private final ContactDirectory contacts;
    private final CompanyDirectory companies;

    GlobalSearchController(ContactDirectory contacts, CompanyDirectory companies) {
        this.contacts = contacts;
        this.companies = companies;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/contacts";
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        String query = q.strip();
        if (query.length() > TextSearch.MAX_QUERY_LENGTH) {
            query = query.substring(0, TextSearch.MAX_QUERY_LENGTH);
        }
        int limit = htmx == null ? PER_TYPE_FULL_PAGE : PER_TYPE;
        model.addAttribute("q", query);
        model.addAttribute("contacts", query.isEmpty() ? java.util.List.of() : contacts.search(query, limit));
        model.addAttribute("companies", query.isEmpty() ? java.util.List.of() : companies.search(query, limit));
        return htmx == null ? "search/results" : "search/results :: dropdown";
    }
}
