package io.rapport.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.shared.InvalidInputException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A list query is read from parameters kept as text the way a request binds it, and takes a saved filter. */
class ListQueryTest {

    enum Stage {
        LEAD,
        CUSTOMER;

        static Stage fromCode(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        }
    }

    record Query(String q, Stage stage, UUID ownerId, Boolean deleted, String filter) implements ListQuery<Query> {}

    @Test
    void parametersAreReadByTheirComponentsTypes() {
        UUID owner = UUID.randomUUID();

        Query query = ListQuery.read(
                Query.class,
                Map.of("q", "ada", "stage", "customer", "ownerId", owner.toString(), "deleted", "true", "x", "y"));

        assertThat(query).isEqualTo(new Query("ada", Stage.CUSTOMER, owner, true, null));
        assertThat(query.inTrash()).isTrue();
        assertThat(ListQuery.read(Query.class, Map.of("q", " ", "stage", "")))
                .isEqualTo(new Query(null, null, null, null, null));
        assertThat(ListQuery.search(Query.class, "ada")).isEqualTo(new Query("ada", null, null, null, null));
    }

    @Test
    void aValueThatCannotBeReadNamesItsParameter() {
        assertThatThrownBy(() -> ListQuery.read(Query.class, Map.of("stage", "prospect")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("stage"));
        assertThatThrownBy(() -> ListQuery.read(Query.class, Map.of("ownerId", "nobody")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("ownerId"));
    }

    @Test
    void aSavedViewFillsEveryParameterTheQueryLeavesOut() {
        String saved = "{\"and\":[{\"field\":\"tags\",\"op\":\"contains\",\"value\":\"vip\"}]}";
        UUID owner = UUID.randomUUID();
        Map<String, String> parameters = Map.of("q", "ada", "stage", "customer", "ownerId", owner.toString());
        Query none = new Query(null, null, null, null, null);
        Query own = new Query("  ", Stage.LEAD, null, true, "{\"and\":[]}");

        assertThat(none.withView(parameters, saved)).isEqualTo(new Query("ada", Stage.CUSTOMER, owner, null, saved));
        assertThat(own.withView(parameters, saved))
                .isEqualTo(new Query("ada", Stage.LEAD, owner, true, "{\"and\":[]}"));
        assertThat(none.withView(parameters, saved).where()).isNotNull();
    }

    @Test
    void aQuerysParametersAreWhatAViewKeepsBesidesItsFilter() {
        UUID owner = UUID.randomUUID();
        Query query = new Query("ada", Stage.CUSTOMER, owner, false, "{\"and\":[]}");

        assertThat(query.parameters())
                .containsExactly(
                        Map.entry("q", "ada"),
                        Map.entry("stage", "CUSTOMER"),
                        Map.entry("ownerId", owner.toString()),
                        Map.entry("deleted", "false"));
        assertThat(new Query(null, null, null, null, null).withView(query.parameters(), null))
                .isEqualTo(new Query("ada", Stage.CUSTOMER, owner, false, null));
    }
}
