package io.rapport.shared.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterParserTest {

    @Test
    void readsNestedGroupsAndConditions() {
        Filter filter = FilterParser.parse("{\"and\":[{\"field\":\"country\",\"op\":\"in\",\"value\":[\"NO\",\"SE\"]},"
                + "{\"or\":[{\"field\":\"createdAt\",\"op\":\"inLast\",\"value\":\"P30D\"},"
                + "{\"field\":\"custom.tier\",\"op\":\"isEmpty\"}]}]}");

        assertThat(filter)
                .isEqualTo(new Filter.All(List.of(
                        new Filter.Condition("country", Operator.IN, List.of("NO", "SE")),
                        new Filter.Any(List.of(
                                new Filter.Condition("createdAt", Operator.IN_LAST, "P30D"),
                                new Filter.Condition("custom.tier", Operator.IS_EMPTY, null))))));
    }

    @Test
    void aBareConditionAndAListAreFiltersToo() {
        assertThat(FilterParser.parse("{\"field\":\"age\",\"op\":\"gte\",\"value\":30}"))
                .isEqualTo(new Filter.Condition("age", Operator.GTE, 30));
        assertThat(FilterParser.parse("[]")).isEqualTo(new Filter.All(List.of()));
        assertThat(FilterParser.parse(null)).isEqualTo(new Filter.All(List.of()));
    }

    @Test
    void writesWhatItReads() {
        String json =
                "{\"or\":[{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"vip\"},{\"field\":\"city\",\"op\":\"isNotEmpty\"}]}";
        assertThat(FilterParser.parse(FilterParser.write(FilterParser.parse(json))))
                .isEqualTo(FilterParser.parse(json));
    }

    @Test
    void mistakesSayWhereTheyAre() {
        assertProblem("{\"and\":[{\"field\":\"city\",\"op\":\"like\",\"value\":\"x\"}]}", "filter.and[0].op");
        assertProblem("{\"and\":[{\"op\":\"eq\",\"value\":\"x\"}]}", "filter.and[0].field");
        assertProblem("{\"field\":\"city\",\"op\":\"eq\"}", "filter.value");
        assertProblem("{\"field\":\"city\",\"op\":\"in\",\"value\":\"NO\"}", "filter.value");
        assertProblem("{\"field\":\"age\",\"op\":\"between\",\"value\":[1]}", "filter.value");
        assertProblem("{\"field\":\"city\",\"op\":\"eq\",\"value\":\"x\",\"extra\":1}", "filter.extra");
        assertProblem("{\"and\":[],\"or\":[]}", "filter");
        assertProblem("{\"and\":", "filter");
        assertProblem("\"city\"", "filter");
    }

    @Test
    void deepOrHugeFiltersAreRefused() {
        String deep = "{\"and\":[".repeat(7) + "]}".repeat(7);
        assertThatThrownBy(() -> FilterParser.parse(deep)).isInstanceOf(InvalidInputException.class);
        String many = "[" + String.join(",", java.util.Collections.nCopies(101, "{\"field\":\"a\",\"op\":\"isEmpty\"}"))
                + "]";
        assertThatThrownBy(() -> FilterParser.parse(many))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 100 conditions");
    }

    private static void assertProblem(String json, String field) {
        assertThatThrownBy(() -> FilterParser.parse(json))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo(field));
    }
}
