package io.rapport.shared.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.shared.Duplicate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void namesAreComparedWithoutCaseAccentsOrPunctuation() {
        assertThat(Similarity.ofNames("Åse Ødegård", "ase odegard")).isEqualTo(1.0);
        assertThat(Similarity.ofNames("Jon Smith", "John Smith")).isGreaterThan(0.95);
        assertThat(Similarity.ofNames("Jon Smith", "Maria Olsen")).isLessThan(0.7);
        assertThat(Similarity.ofNames("", "Maria")).isZero();
        assertThat(Similarity.comparable("  O'Neil-Hansen, Jr. ")).isEqualTo("o neil hansen jr");
    }

    @Test
    void scoresWeighTheStrongestReasonAndAddATenthOfTheOthers() {
        assertThat(Duplicate.scoreOf(List.of("email"), 0)).isEqualTo(95);
        assertThat(Duplicate.scoreOf(List.of("phone"), 0)).isEqualTo(80);
        assertThat(Duplicate.scoreOf(List.of("name"), 0.95)).isEqualTo(67);
        assertThat(Duplicate.scoreOf(List.of("email", "phone"), 0)).isEqualTo(100);
        assertThat(Duplicate.scoreOf(List.of("phone", "name"), 0.9)).isEqualTo(86);
    }
}
