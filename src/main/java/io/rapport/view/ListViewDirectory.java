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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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

    /** Saves a view; its filter is checked as the filter model, its fields when a list applies it. */
    public ListView save(
            String recordType, String name, String filter, List<String> columns, String sort, boolean shared) {
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
                columns == null
                        ? List.of()
                        : columns.stream().filter(Objects::nonNull).limit(50).toList(),
                sort == null || sort.isBlank() ? null : sort);
        return views.save(view).toView();
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
