package io.rapport.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyRulesTest {

    @Test
    void theDomainIsTheBareHostOfTheWebsite() {
        assertThat(CompanyService.domainOf("https://www.Acme.com/about?x=1")).isEqualTo("acme.com");
        assertThat(CompanyService.domainOf("acme.co.uk")).isEqualTo("acme.co.uk");
        assertThat(CompanyService.domainOf("http://shop.acme.com:8080")).isEqualTo("shop.acme.com");
        assertThat(CompanyService.domainOf("not a url at all ::")).isNull();
    }

    @Test
    void sizesAreTheUsualBands() {
        assertThat(CompanySize.isLabel("51-200")).isTrue();
        assertThat(CompanySize.isLabel("huge")).isFalse();
    }
}
