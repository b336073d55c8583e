package io.rapport.identity;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Decides, per role and record type, which records the signed-in user may see (an admin setting). */
@Component
public class Visibility {

    /** Record types with a visibility setting; the admin page lists them. */
    public static final Set<String> RECORD_TYPES = Set.of("contact", "company");

    private final CurrentUser currentUser;
    private final VisibilityRules rules;
    private final Users users;
    private final Map<VisibilityRule.Key, VisibilityScope> cache = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    Visibility(CurrentUser currentUser, VisibilityRules rules, Users users) {
        this.currentUser = currentUser;
        this.rules = rules;
        this.users = users;
    }

    /** The records of {@code recordType} the signed-in user may see. */
    @Transactional(readOnly = true)
    public AccessScope scopeFor(String recordType) {
        SignedInUser user = currentUser.get();
        if (user.isAdmin()) {
            return AccessScope.all();
        }
        return switch (scopeOf(user.role(), recordType)) {
            case ALL -> AccessScope.all();
            case OWN -> AccessScope.ownedBy(Set.of(user.id()));
            case TEAM -> {
                Set<java.util.UUID> owners = new HashSet<>();
                owners.add(user.id());
                if (user.teamId() != null) {
                    owners.addAll(users.idsInTeam(user.teamId()));
                }
                yield AccessScope.ownedBy(owners);
            }
        };
    }

    VisibilityScope scopeOf(Role role, String recordType) {
        if (!loaded) {
            rules.findAll()
                    .forEach(rule -> cache.put(new VisibilityRule.Key(rule.role(), rule.recordType()), rule.scope()));
            loaded = true;
        }
        return cache.getOrDefault(new VisibilityRule.Key(role, recordType), VisibilityScope.ALL);
    }

    @Transactional
    void change(Role role, String recordType, VisibilityScope scope) {
        if (!RECORD_TYPES.contains(recordType)) {
            throw new io.rapport.shared.InvalidInputException("recordType", "is not a record type with visibility");
        }
        VisibilityRule.Key key = new VisibilityRule.Key(role, recordType);
        rules.findById(key)
                .ifPresentOrElse(
                        rule -> rule.changeScope(scope), () -> rules.save(new VisibilityRule(role, recordType, scope)));
        cache.put(key, scope);
    }
}
