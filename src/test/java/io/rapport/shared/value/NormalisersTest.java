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
    void aNumberPossibleButNotValidIsKeptAndMarkedUnverified() {
        // +44 7700 900xxx is Ofcom's range for drama: the right length, in no assigned range.
        assertThat(phoneNumbers.toE164("+44 7700 900123", "US")).contains("+447700900123");
        assertThat(PhoneNumbers.isVerified("+447700900123")).isFalse();
        assertThat(PhoneNumbers.isVerified("+4791234567")).isTrue();
        assertThat(PhoneNumbers.isVerified("not a number")).isFalse();
    }

    @Test
    void aProblemNamesTheRegionOfTheNumbersCountryCodeNotTheRecordsCountry() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(phoneNumbers.normalise("+44 12", "US", "phone", problems)).isEmpty();
        assertThat(problems)
                .singleElement()
                .extracting(FieldProblem::message)
                .asString()
                .startsWith("'+44 12' is not a valid phone number in GB;");
    }

    @Test
    void aDoubledPlusIsRepairedToOne() {
        assertThat(PhoneNumbers.asTyped("++4791234567")).isEqualTo("+4791234567");
        assertThat(PhoneNumbers.asTyped("+47 912")).isEqualTo("+47 912");
        assertThat(phoneNumbers.toE164(PhoneNumbers.asTyped("++4791234567"), null))
                .contains("+4791234567");
    }

    @Test
    void websitesAreHttpOrHttpsAndABareDomainGetsHttps() {
        assertThat(WebAddresses.normalise("acme.com")).contains("https://acme.com");
        assertThat(WebAddresses.normalise("acme.com:8080/x")).contains("https://acme.com:8080/x");
        assertThat(WebAddresses.normalise("http://Acme.com/about")).contains("http://Acme.com/about");
        assertThat(WebAddresses.normalise("javascript:alert(1)")).isEmpty();
        assertThat(WebAddresses.normalise("JavaScript://acme.com/%0Aalert(1)")).isEmpty();
        assertThat(WebAddresses.normalise("data:text/html,<script>")).isEmpty();
        assertThat(WebAddresses.normalise("ftp://acme.com")).isEmpty();
        assertThat(WebAddresses.normalise("localhost")).isEmpty();
        assertThat(WebAddresses.normalise("https://" + "a".repeat(2000) + ".com"))
                .isEmpty();
    }

    @Test
    void emailsWithMarkupOrBrokenDomainsAreRefused() {
        assertThat(EmailAddresses.isValid("anne.berg@acme.co.uk")).isTrue();
        assertThat(EmailAddresses.isValid("o'neil+crm@bücher.example")).isTrue();
        assertThat(EmailAddresses.isValid("\"><script>@x.com")).isFalse();
        assertThat(EmailAddresses.isValid("a@b..com")).isFalse();
        assertThat(EmailAddresses.isValid("a@-b.com")).isFalse();
        assertThat(EmailAddresses.isValid(".a@b.com")).isFalse();
        assertThat(EmailAddresses.isValid("a..b@b.com")).isFalse();
        assertThat(EmailAddresses.isValid("a@b.c")).isFalse();
        assertThat(EmailAddresses.isValid("a@b.com.")).isFalse();
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
