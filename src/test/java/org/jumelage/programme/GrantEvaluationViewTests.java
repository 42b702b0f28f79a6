package org.jumelage.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jumelage.programme.RuleCheck.CheckStatus;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The view of an evaluation: order of the checks, texts in the reader's language, money with two decimals. */
class GrantEvaluationViewTests {

    static final Locale EN = Locale.ENGLISH;
    static final Locale LV = Locale.forLanguageTag("lv");

    static final RuleSource GUIDE = new RuleSource(
            List.of("https://www.eacea.ec.europa.eu/guide.pdf", "https://km.gov.lv/e4c"),
            Confidence.CONFIRMED,
            "2014–2020",
            null,
            null,
            null);
    static final RuleSource OVERRIDE =
            new RuleSource(List.of(), Confidence.UNCERTAIN, "2018", "rate year not stated", "admin@example.org", null);

    static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("rules.rule.min-invited-participants", EN, "Invited participants");
        messages.addMessage("rules.rule.min-invited-participants", LV, "Uzaicinātie dalībnieki");
        messages.addMessage("rules.rule.partner-countries", EN, "Partner countries");
        messages.addMessage("rules.status.failed", EN, "failed");
        messages.addMessage("rules.status.failed", LV, "nav izpildīts");
        messages.addMessage("rules.status.passed", EN, "passed");
        messages.addMessage("rules.status.unknown", EN, "cannot be decided");
        messages.addMessage("rules.confidence.confirmed", EN, "confirmed");
        messages.addMessage("rules.confidence.confirmed", LV, "apstiprināts");
        messages.addMessage("rules.confidence.uncertain", EN, "uncertain");
        messages.addMessage("rules.check.invited", EN, "{0} invited participants; at least {1} needed");
        messages.addMessage("rules.check.invited", LV, "{0} uzaicināti dalībnieki; vajag vismaz {1}");
        messages.addMessage("rules.line.flat", EN, "Flat rate for {0} participants");
        messages.addMessage("rules.note.no-table", EN, "The rate table of {0} is missing");
        messages.addMessage("programme.grant.range", EN, "{0} to {1}");
        messages.addMessage("programme.grant.range", LV, "no {0} līdz {1}");
        return messages;
    }

    static RuleCheck check(String rule, CheckStatus status, Object expected, Object actual) {
        return new RuleCheck(
                rule,
                status,
                expected,
                actual,
                "event 1",
                "rules.check.invited",
                List.of(actual == null ? "?" : actual, expected),
                GUIDE);
    }

    static GrantEvaluation evaluation(List<RuleCheck> checks, GrantEstimate grant) {
        return new GrantEvaluation("E4C-2014-TT", "E4C-2014-TT/2014-2020", 2018, false, checks, grant);
    }

    static final GrantEstimate EXACT = new GrantEstimate(
            true,
            new BigDecimal("5000"),
            null,
            null,
            GrantEstimate.EUR,
            List.of(new GrantEstimate.Line("rules.line.flat", List.of(52), new BigDecimal("5000"), GUIDE)),
            List.of(new GrantEstimate.Note("rules.note.no-table", List.of("2018"), OVERRIDE)));

    @Test
    void putsFailingChecksFirstThenUndecidedThenPassedKeepingTheEnginesOrderWithin() {
        GrantEvaluationView view = GrantEvaluationView.of(
                evaluation(
                        List.of(
                                check("a-passed", CheckStatus.PASSED, 1, 1),
                                check("b-unknown", CheckStatus.UNKNOWN, 1, null),
                                check("c-failed", CheckStatus.FAILED, 25, 12),
                                check("d-passed", CheckStatus.PASSED, 1, 2),
                                check("e-failed", CheckStatus.FAILED, 2, 1)),
                        EXACT),
                messages(),
                EN);

        assertThat(view.checks())
                .extracting(GrantEvaluationView.Check::rule)
                .containsExactly("c-failed", "e-failed", "b-unknown", "a-passed", "d-passed");
        assertThat(view.checks())
                .extracting(GrantEvaluationView.Check::passed)
                .containsExactly(false, false, null, true, true);
        assertThat(view.failures()).isEqualTo(2);
    }

    @Test
    void resolvesEveryTextInTheReadersLanguage() {
        GrantEvaluation evaluation =
                evaluation(List.of(check("min-invited-participants", CheckStatus.FAILED, 25, 12)), EXACT);

        GrantEvaluationView.Check english =
                GrantEvaluationView.of(evaluation, messages(), EN).checks().get(0);
        GrantEvaluationView.Check latvian =
                GrantEvaluationView.of(evaluation, messages(), LV).checks().get(0);

        assertThat(english.name()).isEqualTo("Invited participants");
        assertThat(english.status()).isEqualTo("failed");
        assertThat(english.statusText()).isEqualTo("failed");
        assertThat(english.message()).isEqualTo("12 invited participants; at least 25 needed");
        assertThat(english.expected()).isEqualTo(25);
        assertThat(english.expectedText()).isEqualTo("25");
        assertThat(english.actualText()).isEqualTo("12");
        assertThat(english.subject()).isEqualTo("event 1");
        assertThat(english.source().url()).isEqualTo("https://www.eacea.ec.europa.eu/guide.pdf");
        assertThat(english.source().host()).isEqualTo("eacea.ec.europa.eu");
        assertThat(english.source().urls()).hasSize(2);
        assertThat(english.source().confidence()).isEqualTo("confirmed");
        assertThat(english.source().confidenceText()).isEqualTo("confirmed");
        assertThat(english.source().validity()).isEqualTo("2014–2020");

        assertThat(latvian.name()).isEqualTo("Uzaicinātie dalībnieki");
        assertThat(latvian.statusText()).isEqualTo("nav izpildīts");
        assertThat(latvian.message()).isEqualTo("12 uzaicināti dalībnieki; vajag vismaz 25");
        assertThat(latvian.source().confidenceText()).isEqualTo("apstiprināts");
    }

    @Test
    void aKeyTheBundleLacksShowsAsTheKeyInsteadOfFailingThePage() {
        GrantEvaluationView.Check check = GrantEvaluationView.of(
                        evaluation(List.of(check("new-rule", CheckStatus.PASSED, 1, 1)), EXACT), messages(), EN)
                .checks()
                .get(0);

        assertThat(check.name()).isEqualTo("rules.rule.new-rule");
    }

    @Test
    void anExactGrantKeepsTwoDecimalsAndIsWrittenOutInTheReadersLanguage() {
        GrantEvaluationView.Grant english = GrantEvaluationView.of(evaluation(List.of(), EXACT), messages(), EN)
                .grant();
        GrantEvaluationView.Grant latvian = GrantEvaluationView.of(evaluation(List.of(), EXACT), messages(), LV)
                .grant();

        assertThat(english.exact()).isTrue();
        assertThat(english.amount()).isEqualByComparingTo("5000").hasScaleOf(2);
        assertThat(english.amount().toPlainString()).isEqualTo("5000.00");
        assertThat(english.amountText()).isEqualTo("€5,000.00");
        assertThat(latvian.amountText()).isEqualTo("5\u00a0000,00\u00a0€");
        assertThat(english.lines()).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("Flat rate for 52 participants");
            assertThat(line.amount().toPlainString()).isEqualTo("5000.00");
            assertThat(line.amountText()).isEqualTo("€5,000.00");
            assertThat(line.source().confidence()).isEqualTo("confirmed");
        });
        assertThat(english.notes()).containsExactly("The rate table of 2018 is missing");
    }

    @Test
    void anEstimateWithoutAmountShowsTheCallsRange() {
        GrantEstimate range = new GrantEstimate(
                false,
                null,
                new BigDecimal("5000"),
                new BigDecimal("25000.5"),
                GrantEstimate.EUR,
                List.of(),
                List.of());

        GrantEvaluationView.Grant grant = GrantEvaluationView.of(evaluation(List.of(), range), messages(), LV)
                .grant();

        assertThat(grant.exact()).isFalse();
        assertThat(grant.amount()).isNull();
        assertThat(grant.min().toPlainString()).isEqualTo("5000.00");
        assertThat(grant.max().toPlainString()).isEqualTo("25000.50");
        assertThat(grant.amountText()).isEqualTo("no 5\u00a0000,00\u00a0€ līdz 25\u00a0000,50\u00a0€");
    }

    @Test
    void anOverrideWithoutPublicPageHasNoLink() {
        GrantEvaluationView.Source source = GrantEvaluationView.of(evaluation(List.of(), EXACT), messages(), EN)
                .grant()
                .lines()
                .get(0)
                .source();
        RuleCheck overridden = new RuleCheck(
                "partner-countries", CheckStatus.PASSED, 2, 2, "", "rules.check.invited", List.of(2, 2), OVERRIDE);

        GrantEvaluationView.Source fromOverride = GrantEvaluationView.of(
                        evaluation(List.of(overridden), EXACT), messages(), EN)
                .checks()
                .get(0)
                .source();

        assertThat(source.overriddenBy()).isNull();
        assertThat(fromOverride.url()).isEmpty();
        assertThat(fromOverride.host()).isEmpty();
        assertThat(fromOverride.confidenceText()).isEqualTo("uncertain");
        assertThat(fromOverride.note()).isEqualTo("rate year not stated");
        assertThat(fromOverride.overriddenBy()).isEqualTo("admin@example.org");
    }
}
