package io.rapport.audit;

import io.rapport.identity.UserDirectory;
import io.rapport.shared.MergeRecord;
import io.rapport.shared.RecordAccess;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.record.RecordTypes;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A record's History tab (an htmx fragment), its history through the API, and the admins' list of security
 * events. Access to a record's history follows access to the record, asked of the record's own module.
 */
@Controller
class HistoryController {

    private static final int HISTORY_LIMIT = 200;

    private final AuditEntries entries;
    private final SecurityEvents securityEvents;
    private final UserDirectory users;
    private final Map<String, RecordAccess> access;
    private final RecordTypes types;

    HistoryController(
            AuditEntries entries,
            SecurityEvents securityEvents,
            UserDirectory users,
            List<RecordAccess> access,
            RecordTypes types) {
        this.entries = entries;
        this.types = types;
        this.securityEvents = securityEvents;
        this.users = users;
        this.access = access.stream().collect(Collectors.toMap(RecordAccess::recordType, Function.identity()));
    }

    record HistoryJson(
            UUID id,
            String action,
            UUID actorId,
            String actorName,
            java.time.Instant occurredAt,
            List<io.rapport.shared.FieldChange> changes) {}

    /** A record a history entry names, as the History tab links to it. */
    record RecordLink(String name, String href) {}

    /** The fields whose values are ids of records of the same type, shown by name. */
    static final Set<String> RECORD_FIELDS = Set.of(MergeRecord.MERGED, MergeRecord.MERGED_INTO);

    @GetMapping("/history/{recordType}/{id}")
    @Transactional(readOnly = true)
    String history(@PathVariable String recordType, @PathVariable UUID id, Model model) {
        List<HistoryJson> history = historyOf(recordType, id);
        model.addAttribute("entries", history);
        model.addAttribute("recordType", recordType);
        model.addAttribute("recordFields", RECORD_FIELDS);
        model.addAttribute("recordLinks", recordLinks(recordType, history));
        return "audit/history :: entries";
    }

    /**
     * The records the entries name by id (those merged, the survivor), by id: their names and pages, for those the
     * user may see.
     */
    private Map<String, RecordLink> recordLinks(String recordType, List<HistoryJson> history) {
        RecordAccess recordAccess = access.get(recordType);
        Map<String, RecordLink> links = new HashMap<>();
        history.stream()
                .flatMap(entry -> entry.changes().stream())
                .filter(change -> RECORD_FIELDS.contains(change.field()) && change.newValue() != null)
                .flatMap(change -> Arrays.stream(change.newValue().split(",")))
                .distinct()
                .forEach(text -> {
                    UUID id = UUID.fromString(text);
                    recordAccess
                            .nameOf(id)
                            .ifPresent(name -> links.put(
                                    text,
                                    new RecordLink(
                                            name,
                                            types.find(recordType)
                                                    .map(type -> type.uiPath(id))
                                                    .orElse(null))));
                });
        return links;
    }

    @Operation(operationId = "getHistory", summary = "Get a record's change history")
    @GetMapping("/api/v1/history/{recordType}/{id}")
    @ResponseBody
    @Transactional(readOnly = true)
    Map<String, List<HistoryJson>> historyApi(@PathVariable String recordType, @PathVariable UUID id) {
        return Map.of("items", historyOf(recordType, id));
    }

    @GetMapping("/admin/security-events")
    @Transactional(readOnly = true)
    String securityEvents(Model model) {
        model.addAttribute("events", securityEvents.findAllByOrderByOccurredAtDesc(PageRequest.of(0, 500)));
        return "audit/security-events";
    }

    private List<HistoryJson> historyOf(String recordType, UUID id) {
        RecordAccess recordAccess = access.get(recordType);
        if (recordAccess == null || !recordAccess.isVisible(id)) {
            throw new RecordNotFoundException(recordType, id);
        }
        List<AuditEntry> found = entries.findByRecordTypeAndRecordIdOrderByOccurredAtDesc(
                recordType, id, PageRequest.of(0, HISTORY_LIMIT));
        Set<UUID> actors = found.stream()
                .map(AuditEntry::getActorId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, String> names = users.namesOf(actors);
        return found.stream()
                .map(entry -> new HistoryJson(
                        entry.getId(),
                        entry.getAction(),
                        entry.getActorId(),
                        names.get(entry.getActorId()),
                        entry.getOccurredAt(),
                        entry.getChanges()))
                .toList();
    }
}
