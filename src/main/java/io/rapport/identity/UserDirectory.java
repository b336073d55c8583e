package io.rapport.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read access to users for other modules: names for display, who may own records. */
@Component
@Transactional(readOnly = true)
public class UserDirectory {

    /** A user as other modules show them. */
    public record UserSummary(UUID id, String name, String email) {}

    private final Users users;
    private final CurrentUser currentUser;

    UserDirectory(Users users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /**
     * Whether the user exists and is enabled. The signed-in user is, without a query: their account was checked
     * when their request (or job) began, and most records are created by their own owner, so this saved a statement
     * per create and update.
     */
    public boolean isActiveUser(UUID id) {
        if (id != null
                && currentUser.find().filter(user -> user.id().equals(id)).isPresent()) {
            return true;
        }
        return users.findById(id).filter(User::isEnabled).isPresent();
    }

    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(ids).stream().collect(Collectors.toMap(User::getId, User::getName));
    }

    public List<UserSummary> activeUsers() {
        return users.findByEnabledTrueOrderByNameAsc().stream()
                .map(user -> new UserSummary(user.getId(), user.getName(), user.getEmail()))
                .toList();
    }

    /**
     * The active administrator created first, for work that no user asks for but that must run as someone (demo
     * data at start-up): administrators see every record.
     */
    public Optional<UUID> firstAdministrator() {
        return users.findByEnabledTrueOrderByNameAsc().stream()
                .filter(user -> user.getRole() == Role.ADMIN)
                .min(Comparator.comparing(User::getCreatedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(User::getId))
                .map(User::getId);
    }
}
