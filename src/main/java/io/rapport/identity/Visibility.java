package io.rapport.identity;

import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Decides, per role and record type, which records the signed-in user may see (an admin setting). */
@Component
public class Visibility {

    private final CurrentUser currentUser;
    private final RecordTypes recordTypes;
    private final VisibilityRules rules;
    private final Users users;

    /**
     * How long a node trusts the rules it read: a change made on another node applies there within this time; the
     * node that makes a change forgets its copy at once (and again once the change commits).
     */
    static final Duration RULES_FRESH_FOR = Duration.ofSeconds(5);

    private record CachedRules(Map<VisibilityRule.Key, VisibilityScope> scopes, Instant readAt) {}

    private volatile CachedRules cache;
    /** Counts forgets, so rules read before a change committed are not stored after it. */
    private long generation;

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
        CachedRules current = cache;
        if (current == null || current.readAt().isBefore(Instant.now().minus(RULES_FRESH_FOR))) {
            current = readRules();
        }
        return current.scopes().getOrDefault(new VisibilityRule.Key(role, recordType), VisibilityScope.ALL);
    }

    /** The whole table (a few rows), kept unless a change was made on this node meanwhile. */
    private CachedRules readRules() {
        long before = generation();
        Map<VisibilityRule.Key, VisibilityScope> scopes = new HashMap<>();
        rules.findAll()
                .forEach(rule -> scopes.put(new VisibilityRule.Key(rule.role(), rule.recordType()), rule.scope()));
        CachedRules read = new CachedRules(Map.copyOf(scopes), Instant.now());
        keep(read, before);
        return read;
    }

    private synchronized long generation() {
        return generation;
    }

    private synchronized void keep(CachedRules read, long readInGeneration) {
        if (generation == readInGeneration) {
            cache = read;
        }
    }

    private synchronized void forgetNow() {
        generation++;
        cache = null;
    }

    /** Forgets the rules now, and once more when the change's transaction ends (reads meanwhile saw the old). */
    private void forgetRules() {
        forgetNow();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetNow();
                }
            });
        }
    }

    /** One role's scope for one record type, as the visibility page sets it. */
    record Rule(String recordType, Role role, VisibilityScope scope) {}

    /** Sets the rules given, all or none (one transaction); answers those that changed. */
    @Transactional
    List<Rule> change(List<Rule> wanted) {
        List<Rule> changed = wanted.stream()
                .filter(rule -> scopeOf(rule.role(), rule.recordType()) != rule.scope())
                .toList();
        changed.forEach(rule -> change(rule.role(), rule.recordType(), rule.scope()));
        return changed;
    }

    @Transactional
    void change(Role role, String recordType, VisibilityScope scope) {
        recordTypes.require("recordType", recordType, RecordType.Feature.VISIBILITY);
        VisibilityRule.Key key = new VisibilityRule.Key(role, recordType);
        rules.findById(key)
                .ifPresentOrElse(
                        rule -> rule.changeScope(scope), () -> rules.save(new VisibilityRule(role, recordType, scope)));
        forgetRules();
    }
}
