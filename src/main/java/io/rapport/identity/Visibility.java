package io.rapport.identity;

import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Decides, per role and record type, which records the signed-in user may see (an admin setting). */
@Component
public class Visibility {

    private final CurrentUser currentUser;
    private final RecordTypes recordTypes;
    private final VisibilityRules rules;
    private final Users users;
    private final Map<VisibilityRule.Key, VisibilityScope> cache = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    Visibility(CurrentUser currentUser, RecordTypes recordTypes, VisibilityRules rules, Users users) {
        this.currentUser = currentUser;
        this.recordTypes = recordTypes;
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

    /** The record types with a visibility setting, for the administration page. */
    List<String> recordTypes() {
        return recordTypes.with(RecordType.Feature.VISIBILITY).stream()
                .map(RecordType::name)
                .toList();
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
        recordTypes.require("recordType", recordType, RecordType.Feature.VISIBILITY);
        VisibilityRule.Key key = new VisibilityRule.Key(role, recordType);
        rules.findById(key)
                .ifPresentOrElse(
                        rule -> rule.changeScope(scope), () -> rules.save(new VisibilityRule(role, recordType, scope)));
        cache.put(key, scope);
    }
}
