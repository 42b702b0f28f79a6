package org.jumelage.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.OrganisationType;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ReferenceNumber;
import org.jumelage.project.EventPlan;
import org.jumelage.project.GrantForecast.CallYearSource;
import org.jumelage.project.GrantForecast.Count;
import org.jumelage.project.GrantForecast.Remark;
import org.jumelage.project.LeadSummary;
import org.jumelage.project.ParticipantCounts;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a project and its events become the rules engine's plans, with the other modules faked. */
class GrantPlannerTests {

    static final long DAUGAVPILS = 460413L;
    static final long KAUNAS = 598316L;
    static final long MALMO = 2692969L;

    static final TownSummary DAUGAVPILS_TOWN = new TownSummary(DAUGAVPILS, "Daugavpils", "LV", 55.875, 26.536, 0, null);
    static final TownSummary KAUNAS_TOWN = new TownSummary(KAUNAS, "Kaunas", "LT", 54.903, 23.909, 0, null);
    static final TownSummary MALMO_TOWN = new TownSummary(MALMO, "Malmö", "SE", 55.605, 13.0, 0, null);

    static final OrganisationSummary DAUGAVPILS_COUNCIL =
            organisation(1, OrganisationType.MUNICIPALITY, DAUGAVPILS, "LV");
    static final OrganisationSummary KAUNAS_COMMITTEE =
            organisation(2, OrganisationType.TWINNING_COMMITTEE, KAUNAS, "LT");
    static final OrganisationSummary MALMO_CLUB =
            organisation(3, OrganisationType.CIVIL_SOCIETY_ORGANISATION, MALMO, "SE");

    /** Partner ids of the project. */
    static final long LEAD = 10;

    static final long KAUNAS_PARTNER = 11;
    static final long POLISH_PARTNER = 12;
    static final long SWEDISH_GUEST = 13;
    static final long LATVIAN_ASSOCIATE = 14;

    static final List<PartnerSummary> PARTNERS = List.of(
            new PartnerSummary(LEAD, 1L, LocalizedText.of("Daugavpils", null), "LV", PartnerRole.LEAD),
            new PartnerSummary(KAUNAS_PARTNER, 2L, LocalizedText.of("Kaunas", null), "LT", PartnerRole.PARTNER),
            new PartnerSummary(POLISH_PARTNER, null, null, "PL", PartnerRole.PARTNER),
            new PartnerSummary(SWEDISH_GUEST, 3L, LocalizedText.of("Malmö", null), "SE", PartnerRole.GUEST),
            new PartnerSummary(LATVIAN_ASSOCIATE, null, null, "LV", PartnerRole.ASSOCIATED));

    ProgrammeCatalogue catalogue = mock(ProgrammeCatalogue.class);
    OrganisationManagement organisations = mock(OrganisationManagement.class);
    TownDirectory towns = mock(TownDirectory.class);
    GrantPlanner planner = new GrantPlanner(catalogue, organisations, towns);

    @BeforeEach
    void setUp() {
        Map<Long, OrganisationSummary> all = Map.of(1L, DAUGAVPILS_COUNCIL, 2L, KAUNAS_COMMITTEE, 3L, MALMO_CLUB);
        when(organisations.findAll(anyCollection())).thenAnswer(call -> only(all, call.getArgument(0)));
        Map<Long, TownSummary> gazetteer = Map.of(DAUGAVPILS, DAUGAVPILS_TOWN, KAUNAS, KAUNAS_TOWN, MALMO, MALMO_TOWN);
        when(towns.findAll(anyCollection())).thenAnswer(call -> only(gazetteer, call.getArgument(0)));
        when(catalogue.call(any())).thenReturn(Optional.empty());
        when(catalogue.call("E4C-2014-TT-2018-03-01"))
                .thenReturn(Optional.of(new CallSummary(
                        "E4C-2014-TT-2018-03-01", "E4C-2014-TT", 2018, LocalDate.of(2018, 3, 1), null)));
    }

    static <T> Map<Long, T> only(Map<Long, T> all, Collection<Long> ids) {
        return ids.stream().filter(all::containsKey).collect(Collectors.toMap(id -> id, all::get));
    }

    @Test
    void theLeadAppliesWithTheOtherCountingPartnersAndGuestsAreLeftOut() {
        GrantPlanner.Plans plans = planner.plan(project("E4C-2014-TT-2018-03-01", null), List.of(), Locale.ENGLISH);

        GrantPlan plan = plans.plans().get(Count.PLANNED);
        assertThat(plans.problem()).isNull();
        assertThat(plan.measure()).isEqualTo("E4C-2014-TT");
        assertThat(plan.applicant()).isEqualTo(new GrantPlan.Applicant("LV", OrganisationType.MUNICIPALITY));
        assertThat(plan.partners())
                .containsExactly(
                        new GrantPlan.Applicant("LT", OrganisationType.TWINNING_COMMITTEE),
                        new GrantPlan.Applicant("PL", null),
                        new GrantPlan.Applicant("LV", null));
        assertThat(plan.projectStart()).isEqualTo(LocalDate.of(2018, 11, 1));
        assertThat(plan.projectEnd()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(plan.declaredGrant()).isEqualByComparingTo("20000.00");
        assertThat(plans.plans()).containsOnlyKeys(Count.PLANNED);
    }

    @Test
    void theCallGivesTheDeadlineThatSelectsTheRuleSet() {
        GrantPlanner.Plans plans =
                planner.plan(project("E4C-2014-TT-2018-03-01", reference(2014)), List.of(), Locale.ENGLISH);

        assertThat(plans.callYearSource()).isEqualTo(CallYearSource.CALL);
        assertThat(plans.callYear()).isEqualTo(2018);
        assertThat(plans.deadline()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(plans.plans().get(Count.PLANNED).deadline()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(plans.remarks()).isEmpty();
    }

    @Test
    void withoutACallTheReferenceNumberGivesTheCallYear() {
        GrantPlanner.Plans plans = planner.plan(project(null, reference(2016)), List.of(), Locale.ENGLISH);

        assertThat(plans.callYearSource()).isEqualTo(CallYearSource.REFERENCE_NUMBER);
        assertThat(plans.plans().get(Count.PLANNED).deadline()).isNull();
        assertThat(plans.plans().get(Count.PLANNED).callYear()).isEqualTo(2016);
        assertThat(plans.remarks()).isEmpty();
    }

    @Test
    void withoutCallOrReferenceYearTheStartYearIsAssumedAndSaidSo() {
        GrantPlanner.Plans plans = planner.plan(
                project(null, ReferenceNumber.notUnderstood("abc", "programme.reference.not-understood")),
                List.of(),
                Locale.ENGLISH);

        assertThat(plans.callYearSource()).isEqualTo(CallYearSource.PROJECT_START);
        assertThat(plans.plans().get(Count.PLANNED).callYear()).isEqualTo(2018);
        assertThat(plans.remarks()).containsExactly(Remark.of("project.grant.call-year-assumed", "2018"));
    }

    @Test
    void withNoWayToTellTheCallYearThereIsNoPlanButAProblem() {
        GrantPlanner.Plans plans = planner.plan(project(null, null, null), List.of(), Locale.ENGLISH);

        assertThat(plans.plans()).isEmpty();
        assertThat(plans.problem()).isEqualTo(Remark.of("project.grant.no-call-year"));
    }

    @Test
    void halfAPeriodIsLeftOutAndSaidSo() {
        ProjectDetails project = project("E4C-2014-TT-2018-03-01", null);
        ProjectSummary summary = project.summary();
        ProjectDetails startOnly = withSummary(
                project,
                new ProjectSummary(
                        summary.id(),
                        summary.acronym(),
                        summary.titles(),
                        summary.measure(),
                        summary.referenceNumber(),
                        summary.status(),
                        summary.startDate(),
                        null,
                        summary.totalCost(),
                        summary.euGrant(),
                        summary.fundingRate(),
                        summary.website(),
                        summary.lead(),
                        summary.partnerCount(),
                        summary.countryCount(),
                        summary.version()));

        GrantPlanner.Plans plans = planner.plan(startOnly, List.of(), Locale.ENGLISH);

        assertThat(plans.plans().get(Count.PLANNED).projectStart()).isNull();
        assertThat(plans.plans().get(Count.PLANNED).projectEnd()).isNull();
        assertThat(plans.remarks()).containsExactly(Remark.of("project.grant.period-incomplete"));
    }

    @Test
    void partnersInTheHostCountryAreLocalAndTheOthersSendInvitedDelegationsFromTheirTowns() {
        EventPlan inDaugavpils = new EventPlan(
                1,
                LocalizedText.of("Tikšanās Daugavpilī", "Meeting in Daugavpils"),
                "LV",
                DAUGAVPILS,
                LocalDate.of(2018, 11, 8),
                LocalDate.of(2018, 11, 12),
                planned(LEAD, 40, KAUNAS_PARTNER, 12, POLISH_PARTNER, 13, SWEDISH_GUEST, 5, LATVIAN_ASSOCIATE, 3));
        EventPlan inKaunas = new EventPlan(
                2,
                LocalizedText.of("Tikšanās Kauņā", null),
                "LT",
                KAUNAS,
                null,
                null,
                planned(LEAD, 10, KAUNAS_PARTNER, 30, POLISH_PARTNER, 0));

        GrantPlanner.Plans plans =
                planner.plan(project("E4C-2014-TT-2018-03-01", null), List.of(inDaugavpils, inKaunas), Locale.ENGLISH);

        List<GrantPlan.Event> events = plans.plans().get(Count.PLANNED).events();
        assertThat(events).hasSize(2);
        GrantPlan.Event first = events.get(0);
        assertThat(first.label()).isEqualTo("Meeting in Daugavpils");
        assertThat(first.hostCountry()).isEqualTo("LV");
        assertThat(first.hostTown()).isEqualTo(new GrantPlan.Place("Daugavpils", 55.875, 26.536));
        assertThat(first.startDate()).isEqualTo(LocalDate.of(2018, 11, 8));
        assertThat(first.endDate()).isEqualTo(LocalDate.of(2018, 11, 12));
        assertThat(first.localParticipants())
                .as("lead and associate in the host country")
                .isEqualTo(43);
        assertThat(first.delegations())
                .containsExactly(
                        new GrantPlan.Delegation("LT", new GrantPlan.Place("Kaunas", 54.903, 23.909), 12, null),
                        new GrantPlan.Delegation("PL", null, 13, null));

        GrantPlan.Event second = events.get(1);
        assertThat(second.label()).as("the title in the other language").isEqualTo("Tikšanās Kauņā");
        assertThat(second.startDate()).isNull();
        assertThat(second.localParticipants()).isEqualTo(30);
        assertThat(second.delegations())
                .as("a partner sending nobody has no delegation")
                .containsExactly(
                        new GrantPlan.Delegation("LV", new GrantPlan.Place("Daugavpils", 55.875, 26.536), 10, null));

        assertThat(plans.remarks()).containsExactly(Remark.of("project.grant.guests-not-counted", 5));
    }

    @Test
    void aPlaceKeptAsWrittenHasNoTownAndPeopleOfFormerPartnersAreNotCounted() {
        EventPlan inBistrica =
                new EventPlan(3, LocalizedText.of(null, "Bistrica"), "SI", null, null, null, planned(LEAD, 8, 99L, 4));

        GrantPlanner.Plans plans = planner.plan(project(null, reference(2015)), List.of(inBistrica), Locale.ENGLISH);

        GrantPlan.Event event = plans.plans().get(Count.PLANNED).events().get(0);
        assertThat(event.hostTown()).isNull();
        assertThat(event.localParticipants()).isZero();
        assertThat(event.delegations()).containsExactly(new GrantPlan.Delegation("LV", daugavpilsPlace(), 8, null));
        assertThat(plans.remarks()).containsExactly(Remark.of("project.grant.former-partners-not-counted", 4));
    }

    @Test
    void registeredAndAttendedColumnsAppearOnceTheEventsRecordThem() {
        Map<Long, ParticipantCounts> counts = new LinkedHashMap<>();
        counts.put(LEAD, new ParticipantCounts(40, 38, null));
        counts.put(KAUNAS_PARTNER, new ParticipantCounts(25, 24, 20));
        counts.put(POLISH_PARTNER, new ParticipantCounts(5, null, null));
        EventPlan event = new EventPlan(1, LocalizedText.of(null, "Meeting"), "LV", DAUGAVPILS, null, null, counts);

        GrantPlanner.Plans plans =
                planner.plan(project("E4C-2014-TT-2018-03-01", null), List.of(event), Locale.ENGLISH);

        assertThat(plans.plans()).containsOnlyKeys(Count.PLANNED, Count.REGISTERED, Count.ATTENDED);
        assertThat(new ArrayList<>(plans.plans().keySet()))
                .containsExactly(Count.PLANNED, Count.REGISTERED, Count.ATTENDED);
        assertThat(invited(plans, Count.PLANNED)).isEqualTo(Map.of("LT", 25, "PL", 5));
        assertThat(invited(plans, Count.REGISTERED)).isEqualTo(Map.of("LT", 24));
        assertThat(invited(plans, Count.ATTENDED)).isEqualTo(Map.of("LT", 20));
        assertThat(plans.plans().get(Count.REGISTERED).events().get(0).localParticipants())
                .isEqualTo(38);
        assertThat(plans.plans().get(Count.ATTENDED).events().get(0).localParticipants())
                .isZero();
    }

    // --- the project -------------------------------------------------------------------------

    static Map<String, Integer> invited(GrantPlanner.Plans plans, Count count) {
        return plans.plans().get(count).events().get(0).delegations().stream()
                .collect(Collectors.toMap(GrantPlan.Delegation::country, GrantPlan.Delegation::participants));
    }

    static GrantPlan.Place daugavpilsPlace() {
        return new GrantPlan.Place("Daugavpils", 55.875, 26.536);
    }

    /** Partner id → planned people, in pairs. */
    static Map<Long, ParticipantCounts> planned(long... pairs) {
        Map<Long, ParticipantCounts> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put(pairs[i], ParticipantCounts.planned((int) pairs[i + 1]));
        }
        return counts;
    }

    static ReferenceNumber reference(int year) {
        return new ReferenceNumber(
                "600000-CITIZ-1-" + year + "-1-LV-CITIZ-TT",
                true,
                "600000",
                "CITIZ",
                year,
                1,
                "LV",
                "E4C-2014-TT",
                null);
    }

    static ProjectDetails project(@Nullable String callCode, @Nullable ReferenceNumber reference) {
        return project(callCode, reference, LocalDate.of(2018, 11, 1));
    }

    static ProjectDetails project(
            @Nullable String callCode, @Nullable ReferenceNumber reference, @Nullable LocalDate start) {
        ProjectSummary summary = new ProjectSummary(
                7,
                "TTChan",
                LocalizedText.of(null, "Town twinning for change"),
                "E4C-2014-TT",
                reference == null ? null : reference.text(),
                ProjectStatus.RUNNING,
                start,
                start == null ? null : LocalDate.of(2018, 12, 31),
                null,
                new BigDecimal("20000.00"),
                null,
                null,
                new LeadSummary(1L, LocalizedText.of("Daugavpils", null), "LV"),
                4,
                3,
                0);
        return new ProjectDetails(
                summary,
                null,
                null,
                callCode,
                reference,
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                List.of(),
                null,
                null,
                null,
                null,
                PARTNERS,
                new TreeMap<>(),
                List.of(),
                Instant.EPOCH,
                null);
    }

    static ProjectDetails withSummary(ProjectDetails project, ProjectSummary summary) {
        return new ProjectDetails(
                summary,
                project.originalTitle(),
                project.originalLanguage(),
                project.callCode(),
                project.reference(),
                project.projectSummary(),
                project.objectives(),
                project.themes(),
                project.coordinatorName(),
                project.coordinatorEmail(),
                project.coordinatorPhone(),
                project.sourceNote(),
                project.partners(),
                project.partnersByCountry(),
                project.outcomes(),
                project.updatedAt(),
                project.statedPartners());
    }

    static OrganisationSummary organisation(long id, OrganisationType type, long town, String country) {
        return new OrganisationSummary(
                id, LocalizedText.of("Org " + id, null), type, town, null, country, null, null, 0);
    }
}
