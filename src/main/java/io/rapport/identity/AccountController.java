package io.rapport.identity;

import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password and personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final CurrentUser currentUser;
    private final ApiTokenService tokens;
    private final Users users;
    private final PasswordEncoder passwordEncoder;

    AccountController(CurrentUser currentUser, ApiTokenService tokens, Users users, PasswordEncoder passwordEncoder) {
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @GetMapping
    String account(Model model) {
        model.addAttribute("tokens", tokens.tokensOf(currentUser.get().id()));
        return "identity/account";
    }

    @PostMapping("/tokens")
    String issueToken(@RequestParam String name, Model model) {
        UUID userId = currentUser.get().id();
        try {
            model.addAttribute("issued", tokens.issue(userId, name));
        } catch (io.rapport.shared.InvalidInputException e) {
            model.addAttribute("tokenError", "account.token.name.invalid");
        }
        model.addAttribute("tokens", tokens.tokensOf(userId));
        return "identity/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(currentUser.get().id(), id);
        redirect.addFlashAttribute("notice", "account.token.revoked");
        return "redirect:/account";
    }

    @PostMapping("/password")
    @Transactional
    String changePassword(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            Model model,
            RedirectAttributes redirect) {
        User user = users.findById(currentUser.get().id()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            model.addAttribute("passwordError", "account.password.wrong");
        } else if (newPassword.length() < UserAdministration.MIN_PASSWORD_LENGTH) {
            model.addAttribute("passwordError", "account.password.short");
        } else {
            user.changePasswordHash(passwordEncoder.encode(newPassword));
            redirect.addFlashAttribute("notice", "account.password.changed");
            return "redirect:/account";
        }
        model.addAttribute("tokens", tokens.tokensOf(user.getId()));
        return "identity/account";
    }
}
