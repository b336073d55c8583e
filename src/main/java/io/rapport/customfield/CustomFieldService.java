package io.rapport.customfield;

import io.rapport.identity.CurrentUser;
import io.rapport.shared.Changes;
import io.rapport.shared.FieldProblem;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordEvent.Action;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.Text;
import io.rapport.shared.value.Similarity;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Defining, changing, deleting, restoring and purging custom fields (admins only, checked by the web layer). */
@Service
@Transactional
class CustomFieldService {

    private static final String CONTROL_CHARACTERS = "must not contain control characters";

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");

    private final CustomFields fields;
    private final CustomFieldDirectory directory;
    private final CustomValues values;
    private final CustomFieldIndexes indexes;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    private final FieldRecordTypes recordTypes;

    CustomFieldService(
            CustomFields fields,
            CustomFieldDirectory directory,
            CustomValues values,
            CustomFieldIndexes indexes,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Validator validator,
            FieldRecordTypes recordTypes) {
        this.recordTypes = recordTypes;
        this.fields = fields;
        this.directory = directory;
        this.values = values;
        this.indexes = indexes;
        this.currentUser = currentUser;
        this.events = events;
        this.validator = validator;
    }

    /** Every field of a record type (or of all types), deleted ones included, for the admin page and the API. */
    @Transactional(readOnly = true)
    List<FieldDefinition> list(String recordType) {
        List<String> types = recordType == null ? recordTypes.all() : List.of(knownType(recordType));
        return types.stream()
                .sorted()
                .flatMap(type -> fields.findByRecordTypeOrderByPositionAscLabelAsc(type).stream())
                .map(CustomField::definition)
                .toList();
    }

    @Transactional(readOnly = true)
    FieldDefinition get(UUID id) {
        return find(id).definition();
    }

    FieldDefinition create(CustomFieldInput input) {
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(input)));
        if (!recordTypes.isKnown(input.recordType())) {
            problems.add(new FieldProblem("recordType", "must be one of " + String.join(", ", recordTypes.all())));
        }
        if (input.type() == null) {
            problems.add(new FieldProblem("type", "is required"));
        }
        String key = input.key() == null || input.key().isBlank()
                ? keyFrom(input.label())
                : input.key().strip();
        if (!KEY.matcher(key).matches()) {
            problems.add(new FieldProblem(
                    "key", "must start with a lower-case letter and hold only letters, digits and _ (at most 40)"));
        } else if (recordTypes.isKnown(input.recordType())
                && fields.existsByRecordTypeAndKey(input.recordType(), key)) {
            problems.add(new FieldProblem("key", "another field of this record type has this key"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CustomField field = new CustomField(Ids.newId(), input.recordType(), key, input.type());
        int position = input.position() == null ? fields.lastPosition(input.recordType()) + 1 : input.position();
        apply(field, input, position);
        fields.save(field);
        indexes.createAfterCommit(field.definition());
        publish(field, Action.CREATED, Map.of());
        return field.definition();
    }

    /** Changes the label, help, required, default, options, currency or order; the key and type stay. */
    FieldDefinition update(UUID id, CustomFieldInput input) {
        CustomField field = find(id);
        List<FieldProblem> problems = new ArrayList<>(FieldProblem.of(validator.validate(input)));
        if (input.key() != null && !input.key().equals(field.getKey())) {
            problems.add(new FieldProblem("key", "cannot change; values are stored under it (change the label)"));
        }
        if (input.type() != null && input.type() != field.getType()) {
            problems.add(new FieldProblem("type", "cannot change; define a new field and delete this one"));
        }
        if (input.recordType() != null && !input.recordType().equals(field.getRecordType())) {
            problems.add(new FieldProblem("recordType", "cannot change"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> before = field.snapshot();
        apply(field, input, input.position() == null ? field.getPosition() : input.position());
        publish(field, Action.UPDATED, before);
        return field.definition();
    }

    /** Deletes the field; its values stay in the records (hidden) until it is restored or purged. */
    FieldDefinition delete(UUID id) {
        CustomField field = find(id);
        if (!field.isDeleted()) {
            field.delete();
            publish(field, Action.DELETED, field.snapshot());
        }
        return field.definition();
    }

    FieldDefinition restore(UUID id) {
        CustomField field = find(id);
        if (field.isDeleted()) {
            field.restore();
            publish(field, Action.RESTORED, field.snapshot());
        }
        return field.definition();
    }

    /** Removes a deleted field and its values from every record, for good; its key is free again. */
    void purge(UUID id) {
        CustomField field = find(id);
        if (!field.isDeleted()) {
            throw new InvalidInputException("id", "delete the field first; only a deleted field can be purged");
        }
        FieldDefinition definition = field.definition();
        indexes.removeValues(definition);
        fields.delete(field);
        indexes.dropAfterCommit(definition);
        publish(field, Action.PURGED, field.snapshot());
    }

    private CustomField find(UUID id) {
        return fields.findById(id).orElseThrow(() -> new RecordNotFoundException(CustomFieldChanged.RECORD_TYPE, id));
    }

    /** Checks the settings that depend on the type and takes them: label, options, currency, default. */
    private void apply(CustomField field, CustomFieldInput raw, int position) {
        List<FieldProblem> problems = new ArrayList<>();
        String label = Text.clean(raw.label());
        if (label == null) {
            problems.add(new FieldProblem("label", "is required"));
        } else if (hasControlCharacters(label)) {
            problems.add(new FieldProblem("label", CONTROL_CHARACTERS));
        }
        FieldType type = field.getType();
        List<String> options = Text.cleanList(raw.options() == null ? List.of() : raw.options());
        if (options.stream().anyMatch(CustomFieldService::hasControlCharacters)) {
            problems.add(new FieldProblem("options", CONTROL_CHARACTERS));
        }
        if (type.hasOptions() && options.isEmpty()) {
            problems.add(new FieldProblem("options", "a select field needs at least one option"));
        }
        if (new HashSet<>(options.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList()).size() < options.size()) {
            problems.add(new FieldProblem("options", "must not repeat an option"));
        }
        String currency = type == FieldType.CURRENCY ? currencyCode(raw.currency(), problems) : null;
        CustomFieldInput input = new CustomFieldInput(
                field.getRecordType(),
                field.getKey(),
                label,
                type,
                raw.required(),
                raw.defaultValue(),
                Text.clean(raw.helpText()),
                type.hasOptions() ? options : List.of(),
                currency,
                position);
        FieldDefinition draft = new FieldDefinition(
                field.getId(),
                field.getRecordType(),
                field.getKey(),
                label,
                type,
                false,
                null,
                null,
                input.options(),
                currency,
                position,
                null,
                null,
                null);
        Object defaultValue = values.normalise(draft, raw.defaultValue(), null, problems);
        problems.replaceAll(problem -> problem.field().startsWith("customFields.")
                ? new FieldProblem("defaultValue", problem.message())
                : problem);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        field.apply(input, defaultValue, position);
    }

    private static String currencyCode(String code, List<FieldProblem> problems) {
        String upper = code == null || code.isBlank() ? "USD" : code.strip().toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(upper).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("currency", "must be an ISO 4217 code such as EUR, USD or NOK"));
            return null;
        }
    }

    /**
     * Whether the text holds a control character (Unicode category Cc: NUL, escape, bell and the like; tabs and
     * line breaks are already spaces). Labels and options are shown on every form and list header, where such a
     * character is invisible or garbles the page, so they are refused rather than silently dropped.
     */
    static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** A key from a label: "Contract end (EU)" gives "contractEndEu". */
    static String keyFrom(String label) {
        if (label == null) {
            return "";
        }
        String ascii =
                Similarity.comparable(label).replaceAll("[^a-z0-9]+", " ").strip();
        StringBuilder key = new StringBuilder();
        for (String word : ascii.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            key.append(key.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        String result = key.toString();
        if (!result.isEmpty() && !Character.isLetter(result.charAt(0))) {
            result = "f" + result;
        }
        return result.length() > 40 ? result.substring(0, 40) : result;
    }

    private String knownType(String recordType) {
        if (!recordTypes.isKnown(recordType)) {
            throw new InvalidInputException("recordType", "must be one of " + String.join(", ", recordTypes.all()));
        }
        return recordType;
    }

    private void publish(CustomField field, Action action, Map<String, Object> before) {
        events.publishEvent(new CustomFieldChanged(
                field.getId(),
                action,
                currentUser.get().id(),
                Changes.between(before, action == Action.PURGED ? Map.of() : field.snapshot())));
        // Forgotten after the commit, so no request caches the definitions from before it.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                directory.forget();
            }
        });
    }
}
