package io.rapport.record;

import io.rapport.customfield.CustomFieldDirectory;
import io.rapport.customfield.ListColumnChoice;
import io.rapport.identity.UserDirectory;
import io.rapport.shared.CursorPage;
import io.rapport.shared.InvalidInputException;
import io.rapport.shared.PageRequest;
import io.rapport.shared.exports.ExportLinks;
import io.rapport.shared.filter.Filter;
import io.rapport.shared.filter.FilterParser;
import io.rapport.shared.filter.Operator;
import io.rapport.shared.record.CrmRecord;
import io.rapport.shared.record.RecordType;
import io.rapport.shared.web.ListLinks;
import io.rapport.view.ListView;
import io.rapport.view.ListViewDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills a record list page, the same for every record type: the saved view (its parameters, filter, columns and
 * sort where the request has none of its own), the condition row's fields, a keyset page (or the reason it could not be read), the
 * chosen columns with their rows, sort and "more" links, export links and the owners to filter by. The record's
 * controller binds the request, names its own parts and adds what only its page shows.
 */
@Component
public class RecordListPage {

    /** What a list page is asked for besides its filters: a saved view, a sort, a page, columns. */
    public record Asked(UUID view, String sort, String cursor, List<String> cols) {}

    /** A record type's list page: its template, its columns (all and shown by default) and its default sort. */
    public record Layout(String template, List<String> columns, List<String> defaultColumns, String defaultSort) {}

    private final ListViewDirectory views;
    private final CustomFieldDirectory customFields;
    private final UserDirectory users;

    RecordListPage(ListViewDirectory views, CustomFieldDirectory customFields, UserDirectory users) {
        this.views = views;
        this.customFields = customFields;
        this.users = users;
    }

    /**
     * Fills the model and names the view to render: the whole page, or its rows alone for htmx's "more".
     *
     * @param lister a page of the list for a filter, as the record's service lists it
     * @param rows the record type's row cells, given the owners' names
     */
    public <E extends CrmRecord, Q extends ListQuery<Q>> String show(
            RecordType type,
            Layout layout,
            Q given,
            Asked asked,
            boolean htmx,
            BiFunction<Q, PageRequest, CursorPage<E>> lister,
            Function<Map<UUID, String>, ListColumnChoice.RowCells<E>> rows,
            HttpServletRequest request,
            Model model) {
        ListView saved = asked.view() == null ? null : views.get(type.name(), asked.view());
        Q query = saved == null ? given : given.withView(saved.parameters(), saved.filter());
        String sort = asked.sort() != null
                ? asked.sort()
                : saved != null && saved.sort() != null ? saved.sort() : layout.defaultSort();
        List<String> cols =
                asked.cols() == null && saved != null && !saved.columns().isEmpty() ? saved.columns() : asked.cols();
        model.addAttribute("view", saved);
        model.addAttribute("views", views.visible(type.name()));
        model.addAttribute("filterFields", type.filterFieldNames());
        model.addAttribute(
                "operators",
                Arrays.stream(Operator.values()).map(Operator::code).toList());
        CursorPage<E> page = new CursorPage<>(List.of(), null);
        try {
            Filter where = query.where();
            model.addAttribute("filterText", where == null ? null : FilterParser.describe(where));
            page = lister.apply(
                    query, PageRequest.of(PageRequest.DEFAULT_LIMIT, asked.cursor(), sort, layout.defaultSort()));
        } catch (InvalidInputException e) {
            model.addAttribute("listError", e.getMessage());
        }
        model.addAttribute("page", page);
        model.addAttribute("filter", query);
        model.addAttribute("listParameters", query.parameters());
        model.addAttribute("sort", sort);
        ListColumnChoice columns = ListColumnChoice.addTo(
                model, customFields.fields(type.name()), cols, layout.columns(), layout.defaultColumns());
        Map<UUID, String> ownerNames = users.namesOf(
                page.items().stream().map(CrmRecord::getOwnerId).distinct().toList());
        model.addAttribute("rows", columns.rows(page.items(), rows.apply(ownerNames)));
        ListLinks links = ListLinks.of(request);
        model.addAttribute("links", links);
        model.addAttribute("exports", ExportLinks.of(links, request.getContextPath(), type.listPath()));
        model.addAttribute("users", users.activeUsers());
        return htmx && asked.cursor() != null ? "list-tools :: rows" : layout.template();
    }
}
