package org.jumelage.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jumelage.programme.domain.Plans.plan;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.RuleCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 19 worked examples of the research summary ({@code programme-rules.md} §10), evaluated with
 * the shipped rule data: the verdict, the rules that fail, and the grant (exact amount, or the range
 * when the rule data lacks the table or rate).
 */
class WorkedExamplesTests {

    /** One example: the plan, the expected verdict and grant. {@code amount} null means "range, not exact". */
    record Example(
            String name,
            Plans plan,
            boolean eligible,
            Set<String> failing,
            @Nullable String amount,
            @Nullable String min,
            @Nullable String max) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                        new Example(
                                "1 too few invited participants (E4C TT 2013)",
                                plan("E4C-2007-TT", 2013)
                                        .applicant("FR")
                                        .partners("DE")
                                        .event("FR", 4, 0, "DE", 20),
                                false,
                                Set.of("min-invited-participants"),
                                null,
                                "5000.00",
                                "25000.00"),
                        new Example(
                                "2 too few from one town (E4C TT 2013)",
                                plan("E4C-2007-TT", 2013)
                                        .applicant("IT")
                                        .partners("AT", "SI")
                                        .event("IT", 4, 0, "AT", 22, "SI", 3),
                                false,
                                Set.of("min-participants-per-invited-town"),
                                null,
                                "5000.00",
                                "25000.00"),
                        new Example(
                                "3 meeting too long (E4C TT 2013)",
                                plan("E4C-2007-TT", 2013)
                                        .applicant("FR")
                                        .partners("DE")
                                        .event("FR", 22, 0, "DE", 30),
                                false,
                                Set.of("max-event-days"),
                                null,
                                "5000.00",
                                "25000.00"),
                        new Example(
                                "4 flat rate, 2007 payment rule",
                                plan("E4C-2007-TT", 2007)
                                        .applicant("SK")
                                        .partners("CZ")
                                        .eventWithTrip("SK", 4, "CZ", 30, 1000),
                                true,
                                Set.of(),
                                "2490.00",
                                null,
                                null),
                        new Example(
                                "4 the same meeting under the 2013 minimum eligible grant",
                                plan("E4C-2007-TT", 2013)
                                        .applicant("SK")
                                        .partners("CZ")
                                        .eventWithTrip("SK", 4, "CZ", 30, 1000),
                                false,
                                Set.of("min-grant"),
                                "2490.00",
                                "5000.00",
                                "25000.00"),
                        new Example(
                                "5 below the 1,000 EUR payment floor (2007): nothing paid",
                                plan("E4C-2007-TT", 2007)
                                        .applicant("SK")
                                        .partners("CZ")
                                        .eventWithTrip("SK", 2, "CZ", 25, 300),
                                true,
                                Set.of("payment-floor"),
                                "0.00",
                                null,
                                null),
                        new Example(
                                "6 network of 4 countries, 3 events (E4C NT 2013)",
                                plan("E4C-2007-NT", 2013)
                                        .applicant("IT")
                                        .partners("HR", "MK", "AL")
                                        .months(20)
                                        .event("IT", 3, 0, "HR", 5, "MK", 5, "AL", 5)
                                        .event("MK", 3, 0, "IT", 5, "HR", 5, "AL", 5)
                                        .event("AL", 3, 0, "IT", 5, "HR", 5),
                                true,
                                Set.of(),
                                null,
                                "10000.00",
                                "150000.00"),
                        new Example(
                                "7 the same network with only 2 events",
                                plan("E4C-2007-NT", 2013)
                                        .applicant("IT")
                                        .partners("HR", "MK", "AL")
                                        .months(20)
                                        .event("IT", 3, 0, "HR", 10, "MK", 10, "AL", 5)
                                        .event("MK", 3, 0, "IT", 10, "HR", 5),
                                false,
                                Set.of("min-events"),
                                null,
                                "10000.00",
                                "150000.00"),
                        new Example(
                                "8 HU host, RS partner (2019): eligible, band not determinable",
                                plan("E4C-2014-TT", 2019)
                                        .applicant("HU")
                                        .partners("RS")
                                        .event("HU", 4, 0, "RS", 30),
                                true,
                                Set.of(),
                                null,
                                "5000.00",
                                "25000.00"),
                        new Example(
                                "9 RS host, ME partner: no EU member state",
                                plan("E4C-2014-TT", 2019)
                                        .applicant("RS")
                                        .partners("ME")
                                        .event("RS", 4, 0, "ME", 40),
                                false,
                                Set.of("min-eu-member-states"),
                                null,
                                "5000.00",
                                "25000.00"),
                        new Example(
                                "10 only invited participants count (200 local)",
                                plan("E4C-2014-TT", 2019)
                                        .applicant("FR")
                                        .partners("DE")
                                        .event("FR", 3, 200, "DE", 24),
                                false,
                                Set.of("min-invited-participants"),
                                null,
                                "5000.00",
                                "25000.00"),
                        new Example(
                                "11 180 invited from 3 countries: top band",
                                plan("E4C-2014-TT", 2019)
                                        .applicant("SK")
                                        .partners("CZ", "PL", "HU")
                                        .event("SK", 5, 0, "CZ", 60, "PL", 60, "HU", 60),
                                true,
                                Set.of(),
                                "25000.00",
                                "5000.00",
                                "25000.00"),
                        // The summary writes "IT, DE, RS, ME ... only one EU MS": IT and DE are both member
                        // states, so by its own rule the network as written passes in 2019.
                        new Example(
                                "12 as written (IT, DE, RS, ME, 2019): two member states after all",
                                networkOfFour(2019, "IT", "DE", "RS", "ME"),
                                true,
                                Set.of(),
                                null,
                                "10000.00",
                                "150000.00"),
                        new Example(
                                "12 with one member state (IT, MK, RS, ME, 2019)",
                                networkOfFour(2019, "IT", "MK", "RS", "ME"),
                                false,
                                Set.of("min-eu-member-states"),
                                null,
                                "10000.00",
                                "150000.00"),
                        new Example(
                                "12 the same network in 2017 (one member state was enough)",
                                networkOfFour(2017, "IT", "MK", "RS", "ME"),
                                true,
                                Set.of(),
                                null,
                                "10000.00",
                                "150000.00"),
                        new Example(
                                "13 2017: 5 countries (2 EU) but 3 events",
                                plan("E4C-2014-NT", 2017)
                                        .applicant("IT")
                                        .partners("DE", "MK", "RS", "ME")
                                        .months(20)
                                        .event("IT", 3, 20, "DE", 5, "MK", 5, "RS", 5)
                                        .event("MK", 3, 20, "IT", 5, "DE", 5, "RS", 5)
                                        .event("ME", 3, 20, "IT", 5, "MK", 5, "RS", 5),
                                false,
                                Set.of("min-events"),
                                null,
                                "10000.00",
                                "150000.00"),
                        new Example(
                                "14 CERV TT 2024: 60 direct, 30 invited, 9 months",
                                plan("CERV-TT", 2024)
                                        .applicant("AT")
                                        .partners("SI")
                                        .months(9)
                                        .event("AT", 3, 30, "SI", 30),
                                true,
                                Set.of(),
                                null,
                                "8455.00",
                                "50745.00"),
                        new Example(
                                "15 CERV TT 2024: 80 direct but 20 invited",
                                plan("CERV-TT", 2024)
                                        .applicant("AT")
                                        .partners("SI")
                                        .months(9)
                                        .event("AT", 3, 60, "SI", 20),
                                false,
                                Set.of("min-invited-participants"),
                                null,
                                "8455.00",
                                "50745.00"),
                        new Example(
                                "16 CERV TT 2024: 30 invited but 40 direct",
                                plan("CERV-TT", 2024)
                                        .applicant("AT")
                                        .partners("SI")
                                        .months(9)
                                        .event("AT", 3, 10, "SI", 30),
                                false,
                                Set.of("min-direct-participants"),
                                null,
                                "8455.00",
                                "50745.00"),
                        new Example(
                                "17 CERV NT 2025: PL with CZ, SK, UA, 18 months",
                                plan("CERV-NT", 2025)
                                        .applicant("PL")
                                        .partners("CZ", "SK", "UA")
                                        .months(18),
                                true,
                                Set.of(),
                                null,
                                null,
                                null),
                        new Example(
                                "18 CERV NT 2025: the same consortium for 10 months",
                                plan("CERV-NT", 2025)
                                        .applicant("PL")
                                        .partners("CZ", "SK", "UA")
                                        .months(10),
                                false,
                                Set.of("project-duration"),
                                null,
                                null,
                                null),
                        new Example(
                                "19 CERV NT 2022: 4 municipalities from 4 countries",
                                plan("CERV-NT", 2022)
                                        .applicant("PL")
                                        .partners("CZ", "SK", "HU")
                                        .months(18),
                                false,
                                Set.of("min-countries"),
                                null,
                                null,
                                null))
                .map(Arguments::of);
    }

    /** A 2014–2020 network of four countries, four events with a third of invited people, 20 months. */
    private static Plans networkOfFour(int year, String lead, String a, String b, String c) {
        return plan("E4C-2014-NT", year)
                .applicant(lead)
                .partners(a, b, c)
                .months(20)
                .event(lead, 2, 20, a, 5, b, 5)
                .event(a, 2, 20, lead, 5, c, 5)
                .event(b, 2, 20, lead, 5, c, 5)
                .event(c, 2, 20, a, 5, b, 5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void evaluatesTheWorkedExample(Example example) {
        GrantEvaluation evaluation = example.plan().evaluate();

        Set<String> failing = evaluation.checks().stream()
                .filter(RuleCheck::failed)
                .map(RuleCheck::rule)
                .collect(Collectors.toSet());
        assertThat(failing).as("failing rules").isEqualTo(example.failing());
        assertThat(evaluation.eligible()).as("eligible").isEqualTo(example.eligible());
        assertThat(evaluation.grant().exact()).as("exact").isEqualTo(example.amount() != null);
        assertThat(evaluation.grant().amount()).as("amount").isEqualTo(money(example.amount()));
        assertThat(evaluation.grant().min()).as("min").isEqualTo(money(example.min()));
        assertThat(evaluation.grant().max()).as("max").isEqualTo(money(example.max()));
        if (!evaluation.grant().exact()) {
            assertThat(evaluation.grant().notes())
                    .as("a range says what is missing")
                    .isNotEmpty();
        }
    }

    private static @Nullable BigDecimal money(@Nullable String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }
}
