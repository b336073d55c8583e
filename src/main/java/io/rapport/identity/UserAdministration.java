package io.rapport.identity;

import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an administrator does with users and teams; the UI and the API both go through here. */
@Service
@Transactional
class UserAdministration {

    static final int MIN_PASSWORD_LENGTH = 12;

    private static final int MAX_TEAM_NAME_LENGTH = 100;

    private final Users users;
    private final Teams teams;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    UserAdministration(Users users, Teams teams, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /**
     * A user to create; their team is the one picked ({@code teamId}) or the one named ({@code teamName}: an
     * existing team of that name, else a new one created with the user).
     */
    record NewUser(String email, String name, Role role, UUID teamId, String teamName, String password) {}

    User create(NewUser request) {
        List<FieldProblem> problems = new ArrayList<>();
        String email = request.email() == null ? "" : request.email().trim().toLowerCase(Locale.ROOT);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            problems.add(new FieldProblem("email", "must be a valid email address"));
        } else if (users.existsByEmailIgnoreCase(email)) {
            problems.add(new FieldProblem("email", "is already used by another user"));
        }
        String name = request.name() == null ? "" : request.name().trim();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", "must be 1 to 200 characters"));
        }
        if (request.role() == null) {
            problems.add(new FieldProblem("role", "is required"));
        }
        if (request.teamId() != null && !teams.existsById(request.teamId())) {
            problems.add(new FieldProblem("teamId", "is not a known team"));
        }
        String teamName = Text.clean(request.teamName());
        if (teamName != null && request.teamId() != null) {
            problems.add(new FieldProblem("teamName", "pick a team or name a new one, not both"));
        } else if (teamName != null && teamName.length() > MAX_TEAM_NAME_LENGTH) {
            problems.add(new FieldProblem("teamName", "must be at most " + MAX_TEAM_NAME_LENGTH + " characters"));
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        User user = users.save(new User(
                Ids.newId(),
                email,
                name,
                passwordEncoder.encode(request.password()),
                request.role(),
                teamName == null ? request.teamId() : teamNamed(teamName).getId()));
        events.publishEvent(new UserCreated(user.getId(), user.getRole().name()));
        return user;
    }

    /**
     * What an administrator changes about a user; null leaves a part as it is. {@code team} empty takes the user
     * out of their team.
     */
    record UserChange(Role role, Optional<UUID> team, Boolean enabled) {}

    User change(UUID userId, UserChange change, UUID actingUserId) {
        User user = find(userId);
        if (change.team() != null
                && change.team().isPresent()
                && !teams.existsById(change.team().get())) {
            throw new InvalidInputException("teamId", "is not a known team");
        }
        boolean selfDemotion = userId.equals(actingUserId)
                && ((change.role() != null && change.role() != Role.ADMIN) || Boolean.FALSE.equals(change.enabled()));
        if (selfDemotion) {
            throw new InvalidInputException("role", "you cannot remove your own administrator access");
        }
        if (change.role() != null) {
            user.changeRole(change.role());
        }
        if (change.team() != null) {
            user.moveToTeam(change.team().orElse(null));
        }
        if (change.enabled() != null) {
            user.setEnabled(change.enabled());
        }
        return user;
    }

    @Transactional(readOnly = true)
    User find(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new RecordNotFoundException("user", userId));
    }

    @Transactional(readOnly = true)
    List<User> all() {
        return users.findAllByOrderByNameAsc();
    }

    /** The team of that name (ignoring case), or a new one; in the caller's transaction, so it goes with the user. */
    private Team teamNamed(String name) {
        return teams.findByNameIgnoreCase(name).orElseGet(() -> teams.save(new Team(Ids.newId(), name)));
    }

    Team createTeam(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEAM_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be 1 to 100 characters");
        }
        if (teams.existsByNameIgnoreCase(trimmed)) {
            throw new InvalidInputException("name", "is already the name of a team");
        }
        return teams.save(new Team(Ids.newId(), trimmed));
    }

    @Transactional(readOnly = true)
    List<Team> teams() {
        return teams.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    Team team(UUID teamId) {
        return teams.findById(teamId).orElseThrow(() -> new RecordNotFoundException("team", teamId));
    }
}
