package io.rapport.view;

import io.rapport.shared.InvalidInputException;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list pages' "Save view" and "Delete view" buttons, for every list that has saved views. */
@Controller
class ListViewController {

    private final ListViewDirectory views;

    private final RecordTypes recordTypes;

    ListViewController(ListViewDirectory views, RecordTypes recordTypes) {
        this.views = views;
        this.recordTypes = recordTypes;
    }

    /** The prefix of the save form's fields that carry the list's other parameters: {@code list.country}. */
    private static final String LIST_PARAMETER = "list.";

    /**
     * Saves the list as it is (every simple filter and {@code q} as {@code list.<name>}, the filter model, columns,
     * sort) under a name, private or shared with the team.
     */
    @PostMapping("/views/{list}")
    String save(
            @PathVariable String list,
            @RequestParam String name,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) List<String> cols,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean shared,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        String recordType = recordTypeOf(list);
        try {
            ListView saved = views.save(recordType, name, filter, listParameters(form), cols, sort, shared);
            redirect.addFlashAttribute("notice", "view.saved");
            return "redirect:/" + list + "?view=" + saved.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
            return "redirect:/" + list;
        }
    }

    @PostMapping("/views/{list}/{id}/delete")
    String delete(@PathVariable String list, @PathVariable UUID id, RedirectAttributes redirect) {
        recordTypeOf(list);
        views.delete(id);
        redirect.addFlashAttribute("notice", "view.deleted");
        return "redirect:/" + list;
    }

    private static Map<String, String> listParameters(Map<String, String> form) {
        Map<String, String> parameters = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith(LIST_PARAMETER)) {
                parameters.put(key.substring(LIST_PARAMETER.length()), value);
            }
        });
        return parameters;
    }

    /** The record type whose list is at {@code /<list>}; a list without saved views is a 404. */
    private String recordTypeOf(String list) {
        return recordTypes
                .byListPath(list)
                .filter(type -> type.has(RecordType.Feature.SAVED_VIEWS))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
                .name();
    }
}
