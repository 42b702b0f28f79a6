package org.jumelage.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jumelage.network.PartnerCountryRules.CountryNeed;
import org.jumelage.network.PartnerCountryRules.Requirements;
import org.junit.jupiter.api.Test;

/** What the rules say partner search may propose and what a partnership still needs. */
class RulePartnerCountriesTests {

    final RulePartnerCountries rules =
            new RulePartnerCountries(new DefaultGrantCalculator(Plans.RULES), DefaultProgrammeCatalogueTests.CATALOGUE);

    @Test
    void cervTownTwinningNeverAllowsBelarusOrRussia() {
        Requirements requirements =
                rules.requirements("CERV-TT", 2025, List.of("LV")).orElseThrow();

        assertThat(requirements.allows("BY")).isFalse();
        assertThat(requirements.allows("RU")).isFalse();
        assertThat(requirements.allows("LT")).isTrue();
        assertThat(requirements.allows("UA")).isTrue();
    }

    @Test
    void aNetworkOfTownsFromLatviaStillNeedsASecondMemberState() {
        Requirements requirements =
                rules.requirements("CERV-NT", 2025, List.of("LV")).orElseThrow();

        CountryNeed memberStates = requirements.needs().stream()
                .filter(CountryNeed::memberStates)
                .findFirst()
                .orElseThrow();
        assertThat(memberStates.missing()).isEqualTo(1);
        assertThat(memberStates.required()).isEqualTo(2);
        assertThat(memberStates.countries()).contains("LT", "PL", "DE").doesNotContain("LV", "UA", "BY");
        CountryNeed countries = requirements.needs().stream()
                .filter(need -> !need.memberStates())
                .findFirst()
                .orElseThrow();
        assertThat(countries.missing()).isEqualTo(3);
        assertThat(countries.countries()).contains("UA", "LT").doesNotContain("BY", "LV");
    }

    @Test
    void aPartnershipThatMeetsTheRulesNeedsNothing() {
        Requirements requirements = rules.requirements("CERV-NT", 2025, List.of("LV", "LT", "PL", "EE"))
                .orElseThrow();

        assertThat(requirements.needs()).isEmpty();
    }

    @Test
    void aYearAfterTheLastRuleSetUsesTheLastOne() {
        Requirements requirements =
                rules.requirements("E4C-2014-TT", 2030, List.of("LV")).orElseThrow();

        assertThat(requirements.allows("RS")).isTrue();
        assertThat(requirements.allows("BY")).isFalse();
    }

    @Test
    void anUnknownMeasureHasNoRules() {
        assertThat(rules.requirements("NO-SUCH", 2025, List.of("LV"))).isEmpty();
        assertThat(rules.measureNames(java.util.Locale.ENGLISH)).containsKey("CERV-TT");
    }
}
