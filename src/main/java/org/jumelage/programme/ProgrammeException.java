package org.jumelage.programme;

import org.jumelage.shared.BusinessException;

/** A refusal of the programme module. The static factories name every kind with its code and message key. */
public final class ProgrammeException extends BusinessException {

    private ProgrammeException(Kind kind, String code, String field, Object... arguments) {
        super(kind, code, "error." + code, field, arguments);
    }

    /** The plan names a measure the rules engine has no rules for. */
    public static ProgrammeException noRules(String measure) {
        return new ProgrammeException(Kind.INVALID, "programme.no-rules", "measure", measure);
    }

    /** No rule set of the measure covers the call year. */
    public static ProgrammeException noRuleSet(String field, String measure, int year, String coveredYears) {
        return new ProgrammeException(
                Kind.INVALID, "programme.no-rule-set", field, measure, String.valueOf(year), coveredYears);
    }

    /** Neither a deadline nor a call year selects the rules. */
    public static ProgrammeException callYearMissing() {
        return new ProgrammeException(Kind.INVALID, "programme.call-year-missing", "deadline");
    }

    /** Deadline and call year are both given and disagree. */
    public static ProgrammeException callYearMismatch(int deadlineYear, int callYear) {
        return new ProgrammeException(
                Kind.INVALID,
                "programme.call-year-mismatch",
                "callYear",
                String.valueOf(deadlineYear),
                String.valueOf(callYear));
    }

    public static ProgrammeException negativeCount(String field) {
        return new ProgrammeException(Kind.INVALID, "programme.negative-count", field);
    }

    public static ProgrammeException negativeAmount(String field) {
        return new ProgrammeException(Kind.INVALID, "programme.negative-amount", field);
    }

    /** An end date before its start date. */
    public static ProgrammeException endBeforeStart(String field) {
        return new ProgrammeException(Kind.INVALID, "programme.end-before-start", field);
    }

    /** Only one of a start and an end date is given. */
    public static ProgrammeException halfPeriod(String field) {
        return new ProgrammeException(Kind.INVALID, "programme.half-period", field);
    }

    /** A country code Jumelage does not know. */
    public static ProgrammeException unknownCountry(String field, String code) {
        return new ProgrammeException(Kind.INVALID, "programme.unknown-country", field, code);
    }

    /** A plan larger than any real one (too many events, delegations or partners). */
    public static ProgrammeException tooLarge(String field, int limit) {
        return new ProgrammeException(Kind.INVALID, "programme.too-large", field, limit);
    }

    public static ProgrammeException unknownMeasure(String code) {
        return new ProgrammeException(Kind.NOT_FOUND, "programme.unknown-measure", "", code);
    }

    public static ProgrammeException unknownCall(String code) {
        return new ProgrammeException(Kind.NOT_FOUND, "programme.unknown-call", "", code);
    }

    /** A rule data file entered by an administrator has a mistake; {@code problem} names it (in English, as the format's reference does). */
    public static ProgrammeException invalidRules(int line, String problem) {
        return new ProgrammeException(Kind.INVALID, "programme.invalid-rules", "content", line, problem);
    }

    /** An override names another measure than the one it is saved for. */
    public static ProgrammeException otherMeasure(String expected, String found) {
        return new ProgrammeException(Kind.INVALID, "programme.other-measure", "content", expected, found);
    }

    /** Call results name a call the catalogue does not have. */
    public static ProgrammeException callStatisticUnknownCall(String code) {
        return new ProgrammeException(Kind.INVALID, "programme.call-statistic.unknown-call", "callCode", code);
    }

    /** Call results name a country code Jumelage does not know. */
    public static ProgrammeException callStatisticUnknownCountry(String code) {
        return new ProgrammeException(Kind.INVALID, "programme.call-statistic.unknown-country", "country", code);
    }

    /** Call results without the submitted nor the funded applications. */
    public static ProgrammeException callStatisticNoFigures() {
        return new ProgrammeException(Kind.INVALID, "programme.call-statistic.no-figures", "submitted");
    }

    /** A count of applications that is negative or not a whole number. */
    public static ProgrammeException callStatisticBadCount(String field, String value) {
        return new ProgrammeException(Kind.INVALID, "programme.call-statistic.bad-count", field, field, value);
    }

    public static ProgrammeException callStatisticFundedAboveSubmitted(int funded, int submitted) {
        return new ProgrammeException(
                Kind.INVALID,
                "programme.call-statistic.funded-above-submitted",
                "funded",
                String.valueOf(funded),
                String.valueOf(submitted));
    }

    public static ProgrammeException callStatisticSourceTooLong(int limit) {
        return new ProgrammeException(
                Kind.INVALID, "programme.call-statistic.source-too-long", "source", String.valueOf(limit));
    }
}
