package io.rapport.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyRulesTest {

    @Test
    void legalFormsAreLeftOutWhenNamesAreCompared() {
        assertThat(CompanyDuplicates.comparableName("Havbris Fiskeri AS")).isEqualTo("havbris fiskeri");
        assertThat(CompanyDuplicates.comparableName("ACME, Inc.")).isEqualTo("acme");
        assertThat(CompanyDuplicates.comparableName("Müller GmbH & Co. KG")).isEqualTo("muller");
        assertThat(CompanyDuplicates.comparableName("Ascot Group")).isEqualTo("ascot");
    }

    @Test
    void sizesAreTheUsualBands() {
        assertThat(CompanySize.isLabel("51-200")).isTrue();
        assertThat(CompanySize.isLabel("huge")).isFalse();
    }
}
