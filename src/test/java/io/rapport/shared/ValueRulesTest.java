package io.rapport.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueRulesTest {

    @Test
    void textIsTrimmedAndCollapsedAndBlankIsNull() {
        assertThat(Text.clean("  Anne   Marie \t")).isEqualTo("Anne Marie");
        assertThat(Text.clean("   ")).isNull();
        assertThat(Text.cleanList(Arrays.asList(" vip", "VIP", "", null, "partner")))
                .containsExactly("vip", "partner");
    }

    @Test
    void changesListOnlyTheFieldsThatDiffer() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "Acme");
        before.put("tags", List.of("a"));
        before.put("city", "");
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("name", "Acme AS");
        after.put("city", null);
        assertThat(Changes.between(before, after)).containsExactly(new FieldChange("name", "Acme", "Acme AS"));
        assertThat(Changes.between(Map.of(), Map.of("tags", List.of("a", "b"))))
                .containsExactly(new FieldChange("tags", null, "a, b"));
    }

    @Test
    void idsAreVersion7AndSortByCreation() {
        UUID first = Ids.newId();
        // Ids order by their millisecond: the next one made in a later millisecond.
        UUID second = await().pollInterval(Duration.ofMillis(1)).until(Ids::newId, id -> millis(id) > millis(first));
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.toString().compareTo(second.toString())).isNegative();
    }

    private static long millis(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }
}
