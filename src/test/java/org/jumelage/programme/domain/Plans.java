package org.jumelage.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationType;
import org.jumelage.programme.GrantPlan;

/** Builds plans for tests in a few readable lines; every organisation is a municipality unless said otherwise. */
final class Plans {

    /** The shipped rule data, read once. */
    static final RuleBook RULES =
            RuleBookLoader.load(Plans.class.getClassLoader(), DefaultProgrammeCatalogueTests.CATALOGUE.measures());

    private final String measure;
    private final int year;
    private GrantPlan.Applicant applicant = new GrantPlan.Applicant("LV", OrganisationType.MUNICIPALITY);
    private final List<GrantPlan.Applicant> partners = new ArrayList<>();
    private @Nullable LocalDate start;
    private @Nullable LocalDate end;
    private final List<GrantPlan.Event> events = new ArrayList<>();
    private @Nullable BigDecimal declared;

    private Plans(String measure, int year) {
        this.measure = measure;
        this.year = year;
    }

    static Plans plan(String measure, int callYear) {
        return new Plans(measure, callYear);
    }

    Plans applicant(String country) {
        applicant = new GrantPlan.Applicant(country, OrganisationType.MUNICIPALITY);
        return this;
    }

    Plans applicant(String country, @Nullable OrganisationType type) {
        applicant = new GrantPlan.Applicant(country, type);
        return this;
    }

    Plans partners(String... countries) {
        for (String country : countries) {
            partners.add(new GrantPlan.Applicant(country, OrganisationType.MUNICIPALITY));
        }
        return this;
    }

    /** A project period of the given months from 1 January of the year after the call. */
    Plans months(int months) {
        start = LocalDate.of(year + 1, 1, 1);
        end = start.plusMonths(months).minusDays(1);
        return this;
    }

    Plans declared(String amount) {
        declared = new BigDecimal(amount);
        return this;
    }

    /** An event of {@code days} days from 1 June of the year after the call, with delegations given as country, count pairs. */
    Plans event(String host, int days, int local, Object... delegations) {
        LocalDate first = LocalDate.of(year + 1, 6, 1).plusMonths(events.size());
        List<GrantPlan.Delegation> groups = new ArrayList<>();
        for (int i = 0; i < delegations.length; i += 2) {
            groups.add(new GrantPlan.Delegation((String) delegations[i], null, (Integer) delegations[i + 1], null));
        }
        events.add(new GrantPlan.Event("", host, null, first, first.plusDays(days - 1L), local, groups));
        return this;
    }

    /** An event with one delegation whose round trip is known (for flat rates). */
    Plans eventWithTrip(String host, int days, String from, int participants, int roundTripKm) {
        LocalDate first = LocalDate.of(year, 6, 1);
        events.add(new GrantPlan.Event(
                "",
                host,
                null,
                first,
                first.plusDays(days - 1L),
                0,
                List.of(new GrantPlan.Delegation(from, null, participants, roundTripKm))));
        return this;
    }

    GrantPlan build() {
        return new GrantPlan(measure, null, year, applicant, partners, start, end, events, declared);
    }

    org.jumelage.programme.GrantEvaluation evaluate() {
        return RULES.evaluate(build());
    }
}
