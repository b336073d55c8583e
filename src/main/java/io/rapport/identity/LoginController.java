package io.rapport.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String throttled, Model model) {
        if (throttled != null) {
            // The wait is shown only when it reads as one; the address is the visitor's to edit.
            model.addAttribute("throttledSeconds", throttled.matches("[0-9]{1,4}") ? Long.parseLong(throttled) : null);
        }
        return "identity/login";
    }
}
