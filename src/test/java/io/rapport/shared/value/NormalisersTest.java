package io.rapport.shared.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.shared.FieldProblem;
import io.rapport.shared.InvalidSettingException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisersTest {

    private final PhoneNumbers phoneNumbers = new PhoneNumbers("GB");

    @Test
    void phonesAreReadIntoE164WithTheRecordsCountryOrTheDefaultRegion() {
        assertThat(phoneNumbers.toE164("+47 912 34 567", null)).contains("+4791234567");
        assertThat(phoneNumbers.toE164("912 34 567", "NO")).contains("+4791234567");
        assertThat(phoneNumbers.toE164("00 47 912 34 567", "GB")).contains("+4791234567");
        assertThat(phoneNumbers.toE164("020 7946 0958", null)).contains("+442079460958");
        assertThat(phoneNumbers.toE164("(415) 555-2671", "US")).contains("+14155552671");
        assertThat(phoneNumbers.toE164("+47 912 34 567", "XX")).contains("+4791234567");
    }

    @Test
    void unreadablePhonesAreProblemsThatSayWhatToDo() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(phoneNumbers.normalise("call me", null, "phone", problems)).isEmpty();
        assertThat(phoneNumbers.normalise("12", "NO", "phones", problems)).isEmpty();
        assertThat(phoneNumbers.normalise(null, "NO", "phone", problems)).isEmpty();
        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "phone",
                                "'call me' is not a valid phone number in GB; give the country code, such as +44 20 7946 0958"),
                        org.assertj.core.groups.Tuple.tuple(
                                "phones",
                                "'12' is not a valid phone number in NO; give the country code, such as +44 20 7946 0958"));
    }

    @Test
    void anUnknownDefaultRegionStopsStartUp() {
        assertThatThrownBy(() -> new PhoneNumbers("Norway"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("rapport.default-region");
    }

    @Test
    void countriesAreReadFromCodesAndNamesInCommonLanguages() {
        assertThat(Countries.code("no")).contains("NO");
        assertThat(Countries.code("NOR")).contains("NO");
        assertThat(Countries.code(" Norway ")).contains("NO");
        assertThat(Countries.code("Norge")).contains("NO");
        assertThat(Countries.code("Deutschland")).contains("DE");
        assertThat(Countries.code("Österreich")).contains("AT");
        assertThat(Countries.code("osterreich")).contains("AT");
        assertThat(Countries.code("U.S.A.")).contains("US");
        assertThat(Countries.code("United States")).contains("US");
        assertThat(Countries.code("UK")).contains("GB");
        assertThat(Countries.code("in")).contains("IN");
        assertThat(Countries.code("Atlantis")).isEmpty();
        assertThat(Countries.name("NO")).isEqualTo("Norway");
        assertThat(Countries.name("Atlantis")).isEqualTo("Atlantis");
    }

    @Test
    void anUnknownCountryIsKeptAndNamedAsAProblem() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(Countries.normalise("Atlantis", "country", problems)).isEqualTo("Atlantis");
        assertThat(Countries.normalise("Sverige", "country", problems)).isEqualTo("SE");
        assertThat(problems).extracting(FieldProblem::field).containsExactly("country");
    }

    @Test
    void websitesBecomeBareDomains() {
        assertThat(WebDomains.of("https://www.Acme.com/about?x=1")).contains("acme.com");
        assertThat(WebDomains.of("acme.co.uk")).contains("acme.co.uk");
        assertThat(WebDomains.of("http://shop.acme.com:8080")).contains("shop.acme.com");
        assertThat(WebDomains.of("WWW.ACME.COM")).contains("acme.com");
        assertThat(WebDomains.of("https://xn--bcher-kva.example")).contains("bücher.example");
        assertThat(WebDomains.of("not a url at all ::")).isEmpty();
        assertThat(WebDomains.of("localhost")).isEmpty();
        assertThat(WebDomains.of(" ")).isEmpty();
    }

    @Test
    void namesAreCapitalisedOnlyWhenTypedInOneCase() {
        assertThat(PersonNames.capitalise("ANNE-MARIE O'NEIL")).isEqualTo("Anne-Marie O'Neil");
        assertThat(PersonNames.capitalise("åse ødegård")).isEqualTo("Åse Ødegård");
        assertThat(PersonNames.capitalise("McAllister")).isEqualTo("McAllister");
        assertThat(PersonNames.capitalise("van Dijk")).isEqualTo("van Dijk");
        assertThat(PersonNames.capitalise(null)).isNull();
    }
}
