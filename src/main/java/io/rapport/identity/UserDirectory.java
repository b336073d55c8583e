package io.rapport.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    UserDirectory(Users users) {
        this.users = users;
    }

    public boolean isActiveUser(UUID id) {
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
}
