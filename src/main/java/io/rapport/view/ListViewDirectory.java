package io.rapport.view;

import io.rapport.identity.CurrentUser;
import io.rapport.identity.SignedInUser;
import io.rapport.shared.Ids;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordNotFoundException;
import io.rapport.shared.Text;
import io.rapport.shared.filter.FilterParser;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.record.RecordTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved list views for the signed-in user: their own, and those shared with their team. Another user's private
 * view, or a view of another team, answers 404 like a record out of reach.
 */
@Service
@Transactional
public class ListViewDirectory {

    static final String RECORD_TYPE = "view";

    /** A list parameter's name: a query component such as {@code country} or {@code ownerId}. */
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");

    /** Parameters a view keeps apart (filter, columns, sort) or never (a page's cursor, the view itself). */
    private static final Set<String> NOT_PARAMETERS = Set.of("filter", "cols", "sort", "cursor", "view");

    private static final int MAX_PARAMETERS = 30;

    private static final int MAX_PARAMETER_LENGTH = 1000;

    private final SavedViews views;
    private final CurrentUser currentUser;

    private final RecordTypes recordTypes;

    ListViewDirectory(SavedViews views, CurrentUser currentUser, RecordTypes recordTypes) {
        this.views = views;
        this.recordTypes = recordTypes;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<ListView> visible(String recordType) {
        SignedInUser me = currentUser.get();
        return views.visibleTo(recordType, me.id(), me.teamId()).stream()
                .map(SavedView::toView)
                .toList();
    }

    /** A view the user may see, of the given record type; otherwise 404. */
    @Transactional(readOnly = true)
    public ListView get(String recordType, UUID id) {
        return find(id).filter(view -> view.recordType().equals(recordType))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /**
     * Saves a view; its filter is checked as the filter model, its fields and its parameters' values when a list
     * applies it (the list's query reads them; one it cannot read is a 400 naming it).
     */
    public ListView save(
            String recordType,
            String name,
            String filter,
            Map<String, String> parameters,
            List<String> columns,
            String sort,
            boolean shared) {
        recordTypes.require("recordType", recordType, RecordType.Feature.SAVED_VIEWS);
        String cleanName = Text.clean(name);
        if (cleanName == null || cleanName.length() > 100) {
            throw new InvalidInputException("name", "is required, at most 100 characters");
        }
        if (sort != null && sort.length() > 100) {
            throw new InvalidInputException("sort", "must be at most 100 characters");
        }
        String checkedFilter =
                filter == null || filter.isBlank() ? null : FilterParser.write(FilterParser.parse(filter));
        SignedInUser me = currentUser.get();
        if (shared && me.teamId() == null) {
            throw new InvalidInputException("shared", "you are in no team to share it with");
        }
        SavedView view = new SavedView(
                Ids.newId(),
                recordType,
                cleanName,
                me.id(),
                shared ? me.teamId() : null,
                checkedFilter,
                checked(parameters),
                columns == null
                        ? List.of()
                        : columns.stream().filter(Objects::nonNull).limit(50).toList(),
                sort == null || sort.isBlank() ? null : sort);
        return views.save(view).toView();
    }

    private static Map<String, String> checked(Map<String, String> parameters) {
        Map<String, String> checked = new LinkedHashMap<>();
        if (parameters == null) {
            return checked;
        }
        if (parameters.size() > MAX_PARAMETERS) {
            throw new InvalidInputException("parameters", "must be at most " + MAX_PARAMETERS);
        }
        parameters.forEach((name, value) -> {
            if (name == null || !PARAMETER_NAME.matcher(name).matches() || NOT_PARAMETERS.contains(name)) {
                throw new InvalidInputException(
                        "parameters", "names a list parameter such as q or country, not " + name);
            }
            if (value != null
                    && (value.length() > MAX_PARAMETER_LENGTH || value.chars().anyMatch(Character::isISOControl))) {
                throw new InvalidInputException(
                        "parameters." + name,
                        "must be at most " + MAX_PARAMETER_LENGTH + " characters, without control characters");
            }
            if (value != null && !value.isBlank()) {
                checked.put(name, value.strip());
            }
        });
        return checked;
    }

    /** Deletes one of the user's own views (a shared one only by its owner). */
    public void delete(UUID id) {
        SavedView view = views.findById(id)
                .filter(v -> v.getOwnerId().equals(currentUser.get().id()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        views.delete(view);
    }

    private Optional<ListView> find(UUID id) {
        SignedInUser me = currentUser.get();
        return views.findById(id)
                .filter(view -> view.getOwnerId().equals(me.id())
                        || (view.getTeamId() != null && view.getTeamId().equals(me.teamId())))
                .map(SavedView::toView);
    }
}
