package io.rapport.contact;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code <option>}s of contacts matching what was typed, for pickers in other forms (a task's, merging). */
@Controller
class ContactOptionsController {

    private static final int SHOWN = 20;

    private final ContactDirectory directory;

    ContactOptionsController(ContactDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/contacts/options")
    String options(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("options", q.isBlank() ? List.of() : directory.search(q, SHOWN));
        return "contact/options :: options";
    }
}
