package io.rapport.view;

import io.rapport.shared.InvalidInputException;
import io.rapport.shared.web.ListPaths;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list pages' "Save view" and "Delete view" buttons, for every list that has saved views. */
@Controller
class ListViewController {

    private final ListViewDirectory views;

    ListViewController(ListViewDirectory views) {
        this.views = views;
    }

    /** Saves the list as it is (filter, columns, sort) under a name, private or shared with the team. */
    @PostMapping({"/contacts/views", "/companies/views"})
    String save(
            HttpServletRequest request,
            @RequestParam String name,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) List<String> cols,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean shared,
            RedirectAttributes redirect) {
        String list = list(request);
        try {
            ListView saved = views.save(ListPaths.recordType(list), name, filter, cols, sort, shared);
            redirect.addFlashAttribute("notice", "view.saved");
            return "redirect:/" + list + "?view=" + saved.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
            return "redirect:/" + list;
        }
    }

    @PostMapping({"/contacts/views/{id}/delete", "/companies/views/{id}/delete"})
    String delete(HttpServletRequest request, @PathVariable UUID id, RedirectAttributes redirect) {
        views.delete(id);
        redirect.addFlashAttribute("notice", "view.deleted");
        return "redirect:/" + list(request);
    }

    /** The list a request came from: the first segment of its path, "contacts" in "/contacts/views". */
    private static String list(HttpServletRequest request) {
        return request.getServletPath().split("/")[1];
    }
}
