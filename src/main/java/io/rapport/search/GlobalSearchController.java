package io.rapport.search;

import io.rapport.shared.record.RecordSearch;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import io.rapport.shared.search.TextSearch;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Searches every record type that offers a {@link RecordSearch} at once. htmx asks for the drop-down fragment as
 * the user types; without htmx (Enter, or no JavaScript) the same handler renders a full results page.
 */
@Controller
class GlobalSearchController {

    private static final int PER_TYPE = 8;
    private static final int PER_TYPE_FULL_PAGE = 50;

    private final RecordTypes recordTypes;

    GlobalSearchController(RecordTypes recordTypes) {
        this.recordTypes = recordTypes;
    }

    /** The matches of one record type, for one heading of the results. */
    record Group(RecordType type, List<RecordSearch.Hit> hits) {}

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
        String searched = query;
        List<Group> groups = searched.isEmpty()
                ? List.of()
                : recordTypes.all().stream()
                        .filter(type -> type.search() != null)
                        .map(type -> new Group(type, type.search().search(searched, limit)))
                        .filter(group -> !group.hits().isEmpty())
                        .toList();
        model.addAttribute("q", query);
        model.addAttribute("groups", groups);
        return htmx == null ? "search/results" : "search/results :: dropdown";
    }
}
