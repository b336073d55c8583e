package io.rapport.customfield;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.shared.FieldProblem;
import io.rapport.shared.value.PhoneNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomValuesTest {

    private final CustomValues values = new CustomValues(new PhoneNumbers("NO"));

    @Test
    void eachTypeIsReadIntoItsStoredForm() {
        assertThat(read(FieldType.TEXT, "  two   words ")).isEqualTo("two words");
        assertThat(read(FieldType.NUMBER, "1 200")).isEqualTo(new BigDecimal("1200"));
        assertThat(read(FieldType.DECIMAL, "3,75")).isEqualTo(new BigDecimal("3.75"));
        assertThat(read(FieldType.CURRENCY, 12.5)).isEqualTo(new BigDecimal("12.50"));
        assertThat(read(FieldType.DATE, "2026-02-03")).isEqualTo("2026-02-03");
        assertThat(read(FieldType.DATE_TIME, "2026-02-03T10:15")).isEqualTo("2026-02-03T10:15:00Z");
        assertThat(read(FieldType.DATE_TIME, "2026-02-03T10:15:30+01:00")).isEqualTo("2026-02-03T09:15:30Z");
        assertThat(read(FieldType.BOOLEAN, "yes")).isEqualTo(true);
        assertThat(read(FieldType.BOOLEAN, false)).isEqualTo(false);
        assertThat(read(FieldType.SINGLE_SELECT, "silver")).isEqualTo("Silver");
        assertThat(read(FieldType.MULTI_SELECT, "gold, Bronze,gold")).isEqualTo(List.of("Gold", "Bronze"));
        assertThat(read(FieldType.MULTI_SELECT, new String[] {"Gold"})).isEqualTo(List.of("Gold"));
        assertThat(read(FieldType.URL, "example.com/x")).isEqualTo("https://example.com/x");
        assertThat(read(FieldType.EMAIL, " Kari@Example.COM ")).isEqualTo("kari@example.com");
        assertThat(read(FieldType.PHONE, "912 34 567")).isEqualTo("+4791234567");
        assertThat(read(FieldType.TEXT, "   ")).isNull();
    }

    @Test
    void unreadableValuesAreProblemsOfTheirField() {
        for (Object[] bad : new Object[][] {
            {FieldType.NUMBER, "12.5"},
            {FieldType.NUMBER, "lots"},
            {FieldType.DATE, "03.02.2026"},
            {FieldType.DATE_TIME, "tomorrow"},
            {FieldType.BOOLEAN, "maybe"},
            {FieldType.SINGLE_SELECT, "Platinum"},
            {FieldType.URL, "ftp://example.com"},
            {FieldType.EMAIL, "no-at-sign"},
            {FieldType.PHONE, "12"},
            {FieldType.TEXT, "x".repeat(256)},
            {FieldType.NUMBER, "1e20"}
        }) {
            List<FieldProblem> problems = new ArrayList<>();
            assertThat(values.normalise(field((FieldType) bad[0]), bad[1], null, problems))
                    .isNull();
            assertThat(problems)
                    .as("%s %s", bad[0], bad[1])
                    .singleElement()
                    .extracting(FieldProblem::field)
                    .isEqualTo("customFields.f");
        }
    }

    @Test
    void keysAreMadeFromLabels() {
        assertThat(CustomFieldService.keyFrom("Contract end (EU)")).isEqualTo("contractEndEu");
        assertThat(CustomFieldService.keyFrom("Økonomi-ansvarlig")).isEqualTo("okonomiAnsvarlig");
        assertThat(CustomFieldService.keyFrom("2nd phone")).isEqualTo("f2ndPhone");
    }

    private Object read(FieldType type, Object raw) {
        List<FieldProblem> problems = new ArrayList<>();
        Object value = values.normalise(field(type), raw, null, problems);
        assertThat(problems).as("%s %s", type, raw).isEmpty();
        return value;
    }

    private static FieldDefinition field(FieldType type) {
        return new FieldDefinition(
                UUID.randomUUID(),
                "contact",
                "f",
                "F",
                type,
                false,
                null,
                null,
                List.of("Gold", "Silver", "Bronze"),
                "EUR",
                1,
                null,
                null,
                null);
    }
}
