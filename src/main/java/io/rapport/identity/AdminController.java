package io.rapport.identity;

import io.rapport.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: users (create, role, team, disable), teams, and record visibility per role. */
@Controller
@RequestMapping("/admin")
class AdminController {

    /** The prefix of the visibility form's fields: {@code rule.contact.SALES}. */
    private static final String RULE = "rule.";

    private final UserAdministration administration;
    private final Visibility visibility;
    private final CurrentUser currentUser;

    AdminController(UserAdministration administration, Visibility visibility, CurrentUser currentUser) {
        this.administration = administration;
        this.visibility = visibility;
        this.currentUser = currentUser;
    }

    @GetMapping("/users")
    String users(Model model) {
        model.addAttribute("users", administration.all());
        model.addAttribute("teams", administration.teams());
        model.addAttribute("roles", Role.values());
        return "identity/users";
    }

    @PostMapping("/users")
    String createUser(
            @RequestParam String email,
            @RequestParam String name,
            @RequestParam Role role,
            @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) String teamName,
            @RequestParam String password,
            Model model,
            RedirectAttributes redirect) {
        try {
            administration.create(new UserAdministration.NewUser(email, name, role, teamId, teamName, password));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.problems());
            model.addAttribute(
                    "form", Map.of("email", email, "name", name, "teamName", teamName == null ? "" : teamName));
            return users(model);
        }
        redirect.addFlashAttribute("notice", "admin.user.created");
        return "redirect:/admin/users";
    }

    @PostMapping("/users/{id}")
    String changeUser(
            @PathVariable UUID id,
            @RequestParam Role role,
            @RequestParam(required = false) UUID teamId,
            @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        try {
            administration.change(
                    id,
                    new UserAdministration.UserChange(role, java.util.Optional.ofNullable(teamId), enabled),
                    currentUser.get().id());
            redirect.addFlashAttribute("notice", "admin.user.changed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", e.problems().get(0).message());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/teams")
    String createTeam(@RequestParam String name, RedirectAttributes redirect) {
        try {
            administration.createTeam(name);
            redirect.addFlashAttribute("notice", "admin.team.created");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", e.problems().get(0).message());
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/visibility")
    String visibility(Model model) {
        Map<String, Map<Role, VisibilityScope>> rules = new TreeMap<>();
        for (String recordType : visibility.recordTypes()) {
            Map<Role, VisibilityScope> byRole = new TreeMap<>();
            Arrays.stream(Role.values())
                    .filter(role -> role != Role.ADMIN)
                    .forEach(role -> byRole.put(role, visibility.scopeOf(role, recordType)));
            rules.put(recordType, byRole);
        }
        model.addAttribute("rules", rules);
        model.addAttribute("scopes", VisibilityScope.values());
        return "identity/visibility";
    }

    /**
     * The visibility page's one form: every rule as {@code rule.<recordType>.<ROLE>} = scope, saved together, and
     * the page again saying which rules changed (or that none did).
     */
    @PostMapping("/visibility")
    String changeVisibility(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("changedRules", visibility.change(rules(form)));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/admin/visibility";
    }

    private static List<Visibility.Rule> rules(Map<String, String> form) {
        List<Visibility.Rule> rules = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith(RULE)) {
                int dot = name.lastIndexOf('.');
                try {
                    rules.add(new Visibility.Rule(
                            name.substring(RULE.length(), Math.max(dot, RULE.length())),
                            Role.valueOf(name.substring(dot + 1)),
                            VisibilityScope.valueOf(value)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(name, "is not a role's scope for a record type");
                }
            }
        });
        return rules;
    }
}
