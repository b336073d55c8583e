package io.rapport.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User and team administration for admins: {@code /api/v1/users} and {@code /api/v1/teams}. */
@RestController
@RequestMapping("/api/v1")
class UserApiController {

    private final UserAdministration administration;
    private final CurrentUser currentUser;

    UserApiController(UserAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.currentUser = currentUser;
    }

    record UserJson(UUID id, String email, String name, Role role, UUID teamId, boolean enabled, Instant createdAt) {

        static UserJson of(User user) {
            return new UserJson(
                    user.getId(),
                    user.getEmail(),
                    user.getName(),
                    user.getRole(),
                    user.getTeamId(),
                    user.isEnabled(),
                    user.getCreatedAt());
        }
    }

    record CreateUserJson(
            String email, String name, @NotNull Role role, UUID teamId, String password) {}

    record ChangeUserJson(Role role, UUID teamId, Boolean enabled) {}

    record TeamJson(UUID id, String name) {}

    record CreateTeamJson(String name) {}

    @Operation(operationId = "listUsers", summary = "List users")
    @GetMapping("/users")
    Map<String, List<UserJson>> users() {
        return Map.of("items", administration.all().stream().map(UserJson::of).toList());
    }

    @Operation(operationId = "getUser", summary = "Get a user")
    @GetMapping("/users/{id}")
    UserJson user(@PathVariable UUID id) {
        return UserJson.of(administration.find(id));
    }

    @Operation(operationId = "createUser", summary = "Create a user")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/users")
    ResponseEntity<UserJson> create(@Valid @RequestBody CreateUserJson request) {
        User user = administration.create(new UserAdministration.NewUser(
                request.email(), request.name(), request.role(), request.teamId(), null, request.password()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.getId()))
                .body(UserJson.of(user));
    }

    @Operation(operationId = "changeUser", summary = "Change a user's role, team or enabled state")
    @PatchMapping(
            value = "/users/{id}",
            consumes = {"application/json", "application/merge-patch+json"})
    UserJson change(@PathVariable UUID id, @RequestBody ChangeUserJson request) {
        UserAdministration.UserChange change = new UserAdministration.UserChange(
                request.role(),
                request.teamId() == null ? null : java.util.Optional.of(request.teamId()),
                request.enabled());
        return UserJson.of(administration.change(id, change, currentUser.get().id()));
    }

    /** Disables the user: their open sessions end and their tokens stop working, at their next request. */
    @Operation(operationId = "disableUser", summary = "Disable a user")
    @ApiResponse(responseCode = "204", description = "Done")
    @DeleteMapping("/users/{id}")
    ResponseEntity<Void> disable(@PathVariable UUID id) {
        administration.change(
                id,
                new UserAdministration.UserChange(null, null, false),
                currentUser.get().id());
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "listTeams", summary = "List teams")
    @GetMapping("/teams")
    Map<String, List<TeamJson>> teams() {
        return Map.of(
                "items",
                administration.teams().stream()
                        .map(team -> new TeamJson(team.getId(), team.getName()))
                        .toList());
    }

    @Operation(operationId = "createTeam", summary = "Create a team")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping("/teams")
    ResponseEntity<TeamJson> createTeam(@RequestBody CreateTeamJson request) {
        Team team = administration.createTeam(request.name());
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.getId()))
                .body(new TeamJson(team.getId(), team.getName()));
    }

    @Operation(operationId = "getTeam", summary = "Get a team")
    @GetMapping("/teams/{id}")
    TeamJson team(@PathVariable UUID id) {
        Team team = administration.team(id);
        return new TeamJson(team.getId(), team.getName());
    }
}
