package org.jumelage.programme.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parameters a rule set may hold: the rules of the vocabulary (stable ids used in API
 * answers) and the grant formula's values. The order is the order checks are listed in.
 */
enum ParameterKey {
    ELIGIBLE_COUNTRIES("eligible-countries", Kind.COUNTRY_LIST, true),
    MIN_COUNTRIES("min-countries", Kind.COUNT, true),
    MIN_EU_MEMBER_STATES("min-eu-member-states", Kind.COUNT, true),
    MIN_APPLICANTS("min-applicants", Kind.COUNT, true),
    APPLICANT_TYPE("applicant-type", Kind.APPLICANT_TYPES, true),
    MIN_INVITED_PARTICIPANTS("min-invited-participants", Kind.COUNT, true),
    MIN_PARTICIPANTS_PER_INVITED_TOWN("min-participants-per-invited-town", Kind.COUNT, true),
    MIN_DIRECT_PARTICIPANTS("min-direct-participants", Kind.COUNT, true),
    MIN_INVITED_SHARE("min-invited-share", Kind.PERCENT, true),
    MAX_EVENT_DAYS("max-event-days", Kind.COUNT, true),
    MIN_EVENTS("min-events", Kind.COUNT, true),
    PROJECT_DURATION("project-duration", Kind.MONTHS, true),
    MIN_GRANT("min-grant", Kind.MONEY, true),
    MAX_GRANT("max-grant", Kind.MONEY, true),
    PAYMENT_FLOOR("payment-floor", Kind.MONEY, true),
    GRANT_METHOD("grant-method", Kind.METHOD, false),
    DAILY_RATES("daily-rates", Kind.RATES, false),
    RATE_PER_KM("rate-per-km", Kind.RATE, false),
    BANDS("bands", Kind.BANDS, false);

    /** The shape of a parameter's value. */
    enum Kind {
        COUNT,
        PERCENT,
        MONEY,
        RATE,
        RATES,
        BANDS,
        MONTHS,
        METHOD,
        APPLICANT_TYPES,
        COUNTRY_LIST
    }

    private final String id;
    private final Kind kind;
    private final boolean rule;

    ParameterKey(String id, Kind kind, boolean rule) {
        this.id = id;
        this.kind = kind;
        this.rule = rule;
    }

    /** The id written in data files and API answers, for example {@code min-invited-participants}. */
    String id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    /** A rule checked against the plan (rather than a value of the grant formula). */
    boolean rule() {
        return rule;
    }

    /** Counts that may apply to each event ({@code per: event}) or to the whole project. */
    boolean scoped() {
        return this == MIN_INVITED_PARTICIPANTS || this == MIN_DIRECT_PARTICIPANTS;
    }

    static Optional<ParameterKey> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(ParameterKey::id).toList());
    }
}
