package org.jumelage.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jumelage.event.RegistrationProblem;
import org.jumelage.network.TownSummary;
import org.jumelage.participation.RegistrationQuestions;
import org.jumelage.participation.RegistrationRequest;
import org.jumelage.participation.RegistrationSettings;
import org.jumelage.participation.RegistrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationRulesTests {

    static final TownSummary KAUNAS = new TownSummary(598316, "Kaunas", "LT", 54.9, 23.9, 315993, null);

    static RegistrationRequest request(String email, String country, Long town, boolean consent, boolean minor) {
        return new RegistrationRequest(
                "Aistė",
                "Kazlauskienė",
                email,
                null,
                town,
                null,
                country,
                null,
                "female",
                "18-25",
                true,
                false,
                "vegan",
                "wheelchair",
                "lv",
                consent,
                minor);
    }

    static List<RegistrationProblem> check(RegistrationRequest request, boolean emailOptional, boolean consentAsked) {
        return RegistrationRules.check(
                request,
                RegistrationQuestions.ALL,
                emailOptional,
                consentAsked,
                id -> id == KAUNAS.id() ? Optional.of(KAUNAS) : Optional.empty());
    }

    static List<String> fields(List<RegistrationProblem> problems) {
        return problems.stream().map(RegistrationProblem::field).toList();
    }

    @Test
    void aCompleteRequestPasses() {
        assertThat(check(request("aiste@example.lt", "LT", KAUNAS.id(), true, false), false, true))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aiste", "aiste@", "@example.lt", "aiste@example", "ai ste@example.lt", "a@b@c.lt"})
    void invalidEMailsAreRefused(String email) {
        assertThat(check(request(email, "LT", null, true, false), false, true))
                .extracting(RegistrationProblem::messageKey)
                .containsExactly("error.event.registration.email-invalid");
    }

    @Test
    void theEMailMayBeLeftOutOnlyForAMinorRegisteredByStaff() {
        assertThat(fields(check(request(" ", "LT", null, true, true), true, true)))
                .isEmpty();
        assertThat(fields(check(request(null, "LT", null, true, false), true, true)))
                .containsExactly("email");
        assertThat(fields(check(request(null, "LT", null, true, true), false, true)))
                .containsExactly("email");
    }

    @Test
    void countryTownAndConsentAreChecked() {
        assertThat(check(request("a@example.lt", "ZZ", 1L, false, false), false, true))
                .extracting(RegistrationProblem::messageKey)
                .containsExactly(
                        "error.event.registration.unknown-country",
                        "error.event.registration.unknown-town",
                        "error.event.registration.consent-required");
        assertThat(fields(check(request("a@example.lt", "lt", null, false, false), false, false)))
                .as("lower-case codes are known, and no consent is needed without a consent text")
                .isEmpty();
    }

    @Test
    void statisticsComeFromFixedListsAndUnaskedOnesAreIgnored() {
        RegistrationRequest odd = new RegistrationRequest(
                "A",
                "B",
                "a@example.lt",
                null,
                null,
                null,
                "LT",
                null,
                "robot",
                "ancient",
                null,
                null,
                null,
                null,
                "en",
                true,
                false);
        assertThat(fields(check(odd, false, false))).containsExactly("gender", "ageBand");
        assertThat(RegistrationRules.check(odd, RegistrationQuestions.NONE, false, false, id -> Optional.empty()))
                .isEmpty();
        RegistrationRules.Cleaned cleaned = RegistrationRules.clean(odd, RegistrationQuestions.NONE, null);
        assertThat(cleaned.gender()).isNull();
        assertThat(cleaned.ageBand()).isNull();
    }

    @Test
    void keysCatchTheSamePersonWrittenDifferently() {
        assertThat(RegistrationRules.emailKey(" Aiste@Example.LT ")).isEqualTo("aiste@example.lt");
        assertThat(RegistrationRules.nameKey(" Aistė ", "KAZLAUSKIENĖ"))
                .isEqualTo(RegistrationRules.nameKey("aiste", "kazlauskiene"));
        assertThat(RegistrationRules.nameKey("Jānis  Pēteris", "Bērziņš")).isEqualTo("janis peteris berzins");
    }

    @Test
    void cleaningTakesTheTownsNameFromTheGazetteerAndAnUnknownLanguageFallsBackToEnglish() {
        RegistrationRequest request = new RegistrationRequest(
                "  Aistė  ",
                "Kazlauskienė",
                "Aiste@Example.LT",
                " ",
                598316L,
                "whatever",
                "lt",
                null,
                null,
                null,
                null,
                null,
                " ",
                null,
                "ru",
                true,
                false);
        RegistrationRules.Cleaned cleaned = RegistrationRules.clean(request, RegistrationQuestions.ALL, KAUNAS);
        assertThat(cleaned.firstName()).isEqualTo("Aistė");
        assertThat(cleaned.townName()).isEqualTo("Kaunas");
        assertThat(cleaned.country()).isEqualTo("LT");
        assertThat(cleaned.emailKey()).isEqualTo("aiste@example.lt");
        assertThat(cleaned.organisationName()).isNull();
        assertThat(cleaned.dietary()).isNull();
        assertThat(cleaned.language()).isEqualTo("en");
    }

    @Test
    void theSettingsStateFollowsTheSwitchAndTheDates() {
        Instant now = Instant.parse("2018-10-01T10:00:00Z");
        RegistrationSettings closed = RegistrationSettings.closed(1);
        assertThat(closed.state(now)).isEqualTo(RegistrationState.CLOSED);
        RegistrationSettings open = new RegistrationSettings(
                1,
                true,
                now.minusSeconds(60),
                now.plusSeconds(60),
                10,
                true,
                "t",
                List.of("lv"),
                RegistrationQuestions.NONE,
                0,
                closed.consentText(),
                1);
        assertThat(open.state(now)).isEqualTo(RegistrationState.OPEN);
        assertThat(open.state(now.minusSeconds(61))).isEqualTo(RegistrationState.NOT_YET_OPEN);
        assertThat(open.state(now.plusSeconds(60))).isEqualTo(RegistrationState.ENDED);
    }

    @Test
    void workingLanguagesAreTagsOfJumelagesLanguagesWrittenAsThere() {
        assertThat(RegistrationRules.workingLanguages(List.of("lv", " PL ", "sr-latn", "pl", "uk")))
                .containsExactly("lv", "pl", "sr-Latn", "uk");
        org.assertj.core.api.Assertions.assertThatExceptionOfType(org.jumelage.event.EventException.class)
                .isThrownBy(() -> RegistrationRules.workingLanguages(List.of("lv", "xx")))
                .satisfies(e -> assertThat(e.field()).isEqualTo("workingLanguages"));
        org.assertj.core.api.Assertions.assertThatExceptionOfType(org.jumelage.event.EventException.class)
                .isThrownBy(() -> RegistrationRules.workingLanguages(List.of()));
    }
}
