package io.rapport.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyRulesTest {

    @Test
    void sizesAreTheUsualBands() {
        assertThat(CompanySize.isLabel("51-200")).isTrue();
        assertThat(CompanySize.isLabel("huge")).isFalse();
    }
}
