package org.jumelage.programme.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jumelage.network.OrganisationType;
import org.jumelage.programme.GrantEstimate;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.GrantPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the rules engine end to end on a big plan: one {@link RuleBook#evaluate} call (plan
 * checks, rule set choice, facts, every eligibility rule, the grant formula, ordering of the checks)
 * with the shipped rule data, no Spring. Not a test (JMH, see {@code docs/benchmarks.md}); run it with
 *
 * <pre>./mvnw -q -Pgrant-benchmark test-compile exec:exec</pre>
 *
 * <p>The plan is a network of towns in ten EU countries: 20 events, two in each country, each with
 * 25 local participants and a delegation of 25 from each of the nine other towns, 5,000
 * participants in all. Towns are given by their coordinates, round trips are not given.
 *
 * <ul>
 *   <li>{@code networkOfTowns}: the plan under Europe for Citizens 2014–2020 Networks of Towns,
 *       call year 2019 (band table, its values unknown: the answer is a range);
 *   <li>{@code flatRateWithDistances}: the same plan under the 2007–2013 town twinning flat rate,
 *       call year 2012, which computes the great-circle round trip of each of the 180 delegations.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GrantCalculationBenchmark {

    static final int EVENTS = 20;
    static final int LOCAL_PARTICIPANTS = 25;
    static final int DELEGATION_SIZE = 25;

    /** One town per country, EU member states in 2012 and 2019 alike. */
    static final List<Town> TOWNS = List.of(
            new Town("DE", "Leipzig", 51.33962, 12.37129),
            new Town("FR", "Lyon", 45.74846, 4.84671),
            new Town("IT", "Bologna", 44.49381, 11.33875),
            new Town("PL", "Kraków", 50.06143, 19.93658),
            new Town("ES", "Valencia", 39.46975, -0.37739),
            new Town("NL", "Utrecht", 52.09083, 5.12222),
            new Town("CZ", "Brno", 49.19522, 16.60796),
            new Town("LV", "Daugavpils", 55.88333, 26.53333),
            new Town("LT", "Kaunas", 54.90272, 23.90961),
            new Town("SK", "Košice", 48.71395, 21.25808));

    record Town(String country, String name, double latitude, double longitude) {
        GrantPlan.Place place() {
            return new GrantPlan.Place(name, latitude, longitude);
        }
    }

    private RuleBook rules;
    private GrantPlan networkOfTowns;
    private GrantPlan flatRate;

    @Setup(Level.Trial)
    public void setUp() {
        rules = RuleBookLoader.load(
                GrantCalculationBenchmark.class.getClassLoader(),
                new DefaultProgrammeCatalogue(CatalogueLoader.load()).measures());
        networkOfTowns = plan("E4C-2014-NT", 2019);
        flatRate = plan("E4C-2007-TT", 2012);
        check(networkOfTowns, rules.evaluate(networkOfTowns), "E4C-2014-NT/2019-2020", 0);
        check(flatRate, rules.evaluate(flatRate), "E4C-2007-TT/2011-2013", EVENTS * (TOWNS.size() - 1));
    }

    @Benchmark
    public GrantEvaluation networkOfTowns() {
        return rules.evaluate(networkOfTowns);
    }

    @Benchmark
    public GrantEvaluation flatRateWithDistances() {
        return rules.evaluate(flatRate);
    }

    /** The plan described above under the measure and call year. */
    static GrantPlan plan(String measure, int callYear) {
        LocalDate projectStart = LocalDate.of(callYear + 1, 1, 1);
        List<GrantPlan.Event> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            Town host = TOWNS.get(i % TOWNS.size());
            LocalDate start = projectStart.plusDays(5 + 34L * i);
            List<GrantPlan.Delegation> delegations = new ArrayList<>();
            for (Town town : TOWNS) {
                if (town != host) {
                    delegations.add(new GrantPlan.Delegation(town.country(), town.place(), DELEGATION_SIZE, null));
                }
            }
            events.add(new GrantPlan.Event(
                    host.name() + " #" + (i + 1),
                    host.country(),
                    host.place(),
                    start,
                    start.plusDays(2 + i % 3),
                    LOCAL_PARTICIPANTS,
                    delegations));
        }
        List<GrantPlan.Applicant> partners = TOWNS.subList(1, TOWNS.size()).stream()
                .map(town -> new GrantPlan.Applicant(town.country(), OrganisationType.MUNICIPALITY))
                .toList();
        return new GrantPlan(
                measure,
                null,
                callYear,
                new GrantPlan.Applicant(TOWNS.get(0).country(), OrganisationType.MUNICIPALITY),
                partners,
                projectStart,
                projectStart.plusMonths(24).minusDays(1),
                events,
                null);
    }

    /** Refuses to measure a plan that is not the one described (size, rule set, distances computed). */
    private static void check(GrantPlan plan, GrantEvaluation evaluation, String ruleSet, int computedTrips) {
        int participants = 0;
        for (GrantPlan.Event event : plan.events()) {
            participants += event.localParticipants();
            participants += event.delegations().stream()
                    .mapToInt(GrantPlan.Delegation::participants)
                    .sum();
        }
        long trips = evaluation.grant().lines().stream()
                .map(GrantEstimate.Line::messageKey)
                .filter("rules.line.travel-computed"::equals)
                .count();
        if (!evaluation.ruleSet().equals(ruleSet)
                || plan.events().size() != EVENTS
                || participants != 5_000
                || trips != computedTrips
                || evaluation.checks().isEmpty()) {
            throw new IllegalStateException("not the plan the benchmark describes: " + evaluation.ruleSet() + ", "
                    + participants + " participants, " + trips + " computed round trips");
        }
    }
}
