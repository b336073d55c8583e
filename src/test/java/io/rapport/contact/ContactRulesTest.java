package io.rapport.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    @Test
    void thePrimaryValueComesFirstAndReplacesTheOldPrimary() {
        assertThat(ContactNormaliser.withPrimary(List.of("a@x.io", "b@x.io"), "c@x.io"))
                .containsExactly("c@x.io", "b@x.io");
        assertThat(ContactNormaliser.withPrimary(List.of("a@x.io", "b@x.io"), "B@x.io"))
                .containsExactly("B@x.io", "a@x.io");
        assertThat(ContactNormaliser.withPrimary(List.of(), "c@x.io")).containsExactly("c@x.io");
        assertThat(ContactNormaliser.withPrimary(List.of("a@x.io"), null)).containsExactly("a@x.io");
    }

    @Test
    void phoneDigitsAreFoundWithAndWithoutTheirPrefix() {
        assertThat(Contact.phoneDigits(List.of("+47 912 34 567")))
                .containsExactly("4791234567", "791234567", "91234567", "1234567");
    }

    @Test
    void stagesReadTheirLowerCaseCodes() {
        assertThat(LifecycleStage.fromCode(" Customer ")).isEqualTo(LifecycleStage.CUSTOMER);
        assertThat(LifecycleStage.EVANGELIST.code()).isEqualTo("evangelist");
    }
}
