package org.jumelage.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jumelage.programme.domain.Plans.plan;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jumelage.network.OrganisationType;
import org.jumelage.programme.GrantEstimate;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.ProgrammeException;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleTerm;
import org.junit.jupiter.api.Test;

/** The engine beyond the worked examples: plan checks, rule-set choice, distances, messages. */
class PlanEvaluatorTests {

    private static final GrantPlan.Place DAUGAVPILS = new GrantPlan.Place("Daugavpils", 55.88333, 26.53333);
    private static final GrantPlan.Place KAUNAS = new GrantPlan.Place("Kaunas", 54.90272, 23.90961);

    /** The issue's API example: Daugavpils hosts 12 people from Lithuania for 5 days. */
    private static GrantPlan issueExample(int lithuanians) {
        return new GrantPlan(
                "E4C-2014-TT",
                LocalDate.of(2018, 3, 1),
                null,
                new GrantPlan.Applicant("LV", OrganisationType.MUNICIPALITY),
                List.of(new GrantPlan.Applicant("LT", OrganisationType.MUNICIPALITY)),
                LocalDate.of(2018, 11, 8),
                LocalDate.of(2018, 11, 12),
                List.of(new GrantPlan.Event(
                        "Daugavpils",
                        "LV",
                        DAUGAVPILS,
                        LocalDate.of(2018, 11, 8),
                        LocalDate.of(2018, 11, 12),
                        40,
                        List.of(new GrantPlan.Delegation("LT", KAUNAS, lithuanians, 380)))),
                null);
    }

    @Test
    void listsFailingChecksFirstWithTheirNumbers() {
        GrantEvaluation evaluation = Plans.RULES.evaluate(issueExample(12));

        assertThat(evaluation.ruleSet()).isEqualTo("E4C-2014-TT/2014-2020");
        assertThat(evaluation.callYear()).isEqualTo(2018);
        assertThat(evaluation.eligible()).isFalse();
        RuleCheck first = evaluation.checks().get(0);
        assertThat(first.rule()).isEqualTo("min-invited-participants");
        assertThat(first.status()).isEqualTo(RuleCheck.CheckStatus.FAILED);
        assertThat(first.expected()).isEqualTo(25);
        assertThat(first.actual()).isEqualTo(12);
        assertThat(first.arguments()).containsExactly(12, 25);
        assertThat(first.source().urls()).isNotEmpty();
        assertThat(Plans.RULES.evaluate(issueExample(25)).eligible()).isTrue();
    }

    @Test
    void aCheckThatCannotBeDecidedKeepsTheVerdictOpenInsteadOfEligible() {
        GrantPlan full = issueExample(30);
        GrantPlan.Event event = full.events().get(0);
        GrantPlan withoutDates = new GrantPlan(
                full.measure(),
                full.deadline(),
                full.callYear(),
                full.applicant(),
                full.partners(),
                full.projectStart(),
                full.projectEnd(),
                List.of(new GrantPlan.Event(
                        event.label(),
                        event.hostCountry(),
                        event.hostTown(),
                        null,
                        null,
                        event.localParticipants(),
                        event.delegations())),
                full.declaredGrant());

        GrantEvaluation open = Plans.RULES.evaluate(withoutDates);

        assertThat(open.checks()).noneMatch(RuleCheck::failed);
        assertThat(open.checks()).anyMatch(check -> check.status() == RuleCheck.CheckStatus.UNKNOWN);
        assertThat(open.eligibility()).isEqualTo(org.jumelage.programme.Eligibility.NOT_DECIDED);
        assertThat(open.eligible()).isFalse();
        assertThat(Plans.RULES.evaluate(full).eligibility()).isEqualTo(org.jumelage.programme.Eligibility.ELIGIBLE);
        assertThat(Plans.RULES.evaluate(issueExample(12)).eligibility())
                .isEqualTo(org.jumelage.programme.Eligibility.NOT_ELIGIBLE);
    }

    @Test
    void localParticipantsAndHostCountryDelegationsAreNotInvited() {
        GrantEvaluation evaluation = plan("E4C-2014-TT", 2019)
                .applicant("LV")
                .partners("LT", "LV")
                .event("LV", 3, 100, "LV", 30, "LT", 20)
                .evaluate();

        RuleCheck invited = check(evaluation, "min-invited-participants");
        assertThat(invited.actual()).isEqualTo(20);
    }

    @Test
    void computesTheRoundTripFromTheTownsWhenNotGiven() {
        GrantPlan plan = new GrantPlan(
                "E4C-2007-TT",
                null,
                2007,
                new GrantPlan.Applicant("LV", OrganisationType.MUNICIPALITY),
                List.of(new GrantPlan.Applicant("LT", OrganisationType.MUNICIPALITY)),
                null,
                null,
                List.of(new GrantPlan.Event(
                        "Daugavpils",
                        "LV",
                        DAUGAVPILS,
                        LocalDate.of(2007, 6, 1),
                        LocalDate.of(2007, 6, 3),
                        0,
                        List.of(new GrantPlan.Delegation("LT", KAUNAS, 30, null)))),
                null);

        GrantEstimate grant = Plans.RULES.evaluate(plan).grant();

        // No Latvian daily rate in the rule data: a range, with a note naming the missing rate.
        assertThat(grant.exact()).isFalse();
        assertThat(grant.amount()).isNull();
        assertThat(grant.notes()).extracting(GrantEstimate.Note::messageKey).contains("rules.note.daily-rate-missing");
        GrantEstimate.Line travel = grant.lines().get(0);
        assertThat(travel.messageKey()).isEqualTo("rules.line.travel-computed");
        // Daugavpils–Kaunas is about 198 km as the crow flies: 397 km there and back.
        int km = (Integer) travel.arguments().get(2);
        assertThat(km).isBetween(390, 405);
        assertThat(travel.amount())
                .isEqualByComparingTo(new BigDecimal(km)
                        .multiply(new BigDecimal("30"))
                        .multiply(new BigDecimal("0.027"))
                        .setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void greatCircleDistanceMatchesAKnownPair() {
        GrantPlan.Place riga = new GrantPlan.Place("Rīga", 56.946, 24.10589);
        GrantPlan.Place tallinn = new GrantPlan.Place("Tallinn", 59.43696, 24.75353);

        assertThat(GreatCircle.km(riga, tallinn)).isBetween(278.0, 281.0);
        assertThat(GreatCircle.km(riga, riga)).isZero();
    }

    @Test
    void declaredGrantIsBoundedByTheCallsMinimumAndMaximum() {
        Plans network = plan("E4C-2007-NT", 2012)
                .applicant("IT")
                .partners("DE", "FR", "AT")
                .months(12)
                .event("IT", 2, 10, "DE", 10, "FR", 10)
                .event("DE", 2, 10, "IT", 10, "AT", 10)
                .event("FR", 2, 10, "IT", 10, "AT", 10);

        GrantEvaluation tooMuch = network.declared("160000").evaluate();
        GrantEvaluation fine = network.declared("40000").evaluate();

        assertThat(check(tooMuch, "max-grant").status()).isEqualTo(RuleCheck.CheckStatus.FAILED);
        assertThat(tooMuch.eligible()).isFalse();
        assertThat(tooMuch.grant().amount()).isEqualByComparingTo("160000");
        assertThat(fine.eligible()).isTrue();
        assertThat(fine.grant().exact()).isTrue();
        assertThat(fine.grant().amount()).isEqualTo(new BigDecimal("40000.00"));
    }

    @Test
    void unknownFactsAreUndecidedNotFailed() {
        GrantEvaluation evaluation =
                plan("E4C-2014-TT", 2019).applicant("LV", null).partners("LT").evaluate();

        assertThat(check(evaluation, "applicant-type").status()).isEqualTo(RuleCheck.CheckStatus.UNKNOWN);
        assertThat(check(evaluation, "max-event-days").status()).isEqualTo(RuleCheck.CheckStatus.UNKNOWN);
        assertThat(check(evaluation, "min-invited-participants").status()).isEqualTo(RuleCheck.CheckStatus.FAILED);
    }

    @Test
    void picksTheRuleSetByCallYearAndRefusesYearsWithoutRules() {
        assertThat(plan("E4C-2014-NT", 2018).partners("DE").evaluate().ruleSet())
                .isEqualTo("E4C-2014-NT/2014-2018");
        assertThat(plan("E4C-2014-NT", 2019).partners("DE").evaluate().ruleSet())
                .isEqualTo("E4C-2014-NT/2019-2020");

        assertThatThrownBy(() -> plan("CERV-TT", 2027).evaluate())
                .isInstanceOfSatisfying(ProgrammeException.class, e -> {
                    assertThat(e.code()).isEqualTo("programme.no-rule-set");
                    assertThat(e.field()).isEqualTo("callYear");
                });
        assertThatThrownBy(() -> Plans.RULES.evaluate(new GrantPlan(
                        "NO-SUCH",
                        null,
                        2019,
                        new GrantPlan.Applicant("LV", null),
                        List.of(),
                        null,
                        null,
                        List.of(),
                        null)))
                .isInstanceOfSatisfying(
                        ProgrammeException.class, e -> assertThat(e.field()).isEqualTo("measure"));
    }

    @Test
    void refusesPlansNoRuleCanBeAppliedTo() {
        assertThatThrownBy(() -> plan("E4C-2014-TT", 2019).event("LV", 2, -1).evaluate())
                .isInstanceOfSatisfying(
                        ProgrammeException.class, e -> assertThat(e.field()).isEqualTo("events[0].localParticipants"));
        assertThatThrownBy(() ->
                        plan("E4C-2014-TT", 2019).event("LV", 2, 0, "LT", -3).evaluate())
                .isInstanceOfSatisfying(
                        ProgrammeException.class,
                        e -> assertThat(e.field()).isEqualTo("events[0].delegations[0].participants"));
        assertThatThrownBy(() -> Plans.RULES.evaluate(new GrantPlan(
                        "E4C-2014-TT",
                        null,
                        2019,
                        new GrantPlan.Applicant("LV", null),
                        List.of(),
                        LocalDate.of(2019, 5, 1),
                        LocalDate.of(2019, 4, 1),
                        List.of(),
                        null)))
                .isInstanceOfSatisfying(
                        ProgrammeException.class, e -> assertThat(e.field()).isEqualTo("projectEnd"));
        assertThatThrownBy(() -> Plans.RULES.evaluate(new GrantPlan(
                        "E4C-2014-TT",
                        LocalDate.of(2018, 3, 1),
                        2019,
                        new GrantPlan.Applicant("LV", null),
                        List.of(),
                        null,
                        null,
                        List.of(),
                        null)))
                .isInstanceOfSatisfying(
                        ProgrammeException.class, e -> assertThat(e.field()).isEqualTo("callYear"));
        assertThatThrownBy(() -> plan("E4C-2014-TT", 2019).partners("ZZ").evaluate())
                .isInstanceOfSatisfying(
                        ProgrammeException.class, e -> assertThat(e.field()).isEqualTo("partners[0].country"));
    }

    @Test
    void everyMessageTheEngineWritesIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/rules.properties")) {
            bundle.load(in);
        }
        List<GrantEvaluation> evaluations = new ArrayList<>();
        WorkedExamplesTests.examples()
                .map(arguments -> (WorkedExamplesTests.Example) arguments.get()[0])
                .forEach(example -> evaluations.add(example.plan().evaluate()));
        evaluations.add(Plans.RULES.evaluate(issueExample(12)));
        evaluations.add(
                plan("E4C-2014-TT", 2019).applicant("LV", null).partners("LT").evaluate());
        evaluations.add(plan("E4C-2014-TT", 2019)
                .applicant("LV", OrganisationType.OTHER)
                .evaluate());
        evaluations.add(plan("E4C-2007-NT", 2010)
                .applicant("IT")
                .partners("DE", "FR", "AT")
                .months(30)
                .declared("5000")
                .evaluate());
        evaluations.add(
                plan("CERV-NT", 2025).applicant("PL").partners("CZ").months(6).evaluate());
        evaluations.add(plan("E4C-2007-TT", 2012)
                .applicant("SK")
                .partners("CZ")
                .eventWithTrip("SK", 10, "CZ", 200, 3000)
                .evaluate());

        List<String> keys = new ArrayList<>();
        for (GrantEvaluation evaluation : evaluations) {
            for (RuleCheck check : evaluation.checks()) {
                keys.add(check.messageKey());
                keys.add("rules.rule." + check.rule());
                keys.add("rules.status." + check.status().name().toLowerCase(java.util.Locale.ROOT));
                keys.add("rules.confidence." + check.source().confidence().label());
                check.arguments().stream()
                        .filter(RuleTerm.class::isInstance)
                        .forEach(term -> keys.add(((RuleTerm) term).messageKey()));
            }
            evaluation.grant().lines().forEach(line -> keys.add(line.messageKey()));
            evaluation.grant().notes().forEach(note -> keys.add(note.messageKey()));
        }
        assertThat(keys)
                .contains(
                        "rules.check.max-grant.capped",
                        "rules.check.project-duration.failed-short",
                        "rules.check.project-duration.failed-long",
                        "rules.check.applicant-type.failed",
                        "rules.unknown.type-missing",
                        "rules.line.cap");
        assertThat(keys.stream().distinct().filter(key -> !bundle.containsKey(key)))
                .isEmpty();
    }

    private static RuleCheck check(GrantEvaluation evaluation, String rule) {
        return evaluation.checks().stream()
                .filter(c -> c.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }
}
