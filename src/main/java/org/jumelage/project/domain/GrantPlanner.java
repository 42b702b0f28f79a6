package org.jumelage.project.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.InvitedParticipants;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ReferenceNumber;
import org.jumelage.project.EventPlan;
import org.jumelage.project.GrantForecast.CallYearSource;
import org.jumelage.project.GrantForecast.Count;
import org.jumelage.project.GrantForecast.Remark;
import org.jumelage.project.ParticipantCounts;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectSummary;
import org.springframework.stereotype.Component;

/**
 * Turns a project and its events into the plans the rules engine checks: one plan for the planned
 * participants and, where the events record them, one each for the registered and the attended.
 *
 * <p>The applicant is the lead partner; the partners are the other partners that count (guests do
 * not). At each event, the people of a partner in the host country are local participants; the people
 * of a partner from another country form that partner's delegation, coming from its organisation's
 * town. The call year comes from the project's call, else from its reference number, else (assumed,
 * and said so) from the year the project starts.
 */
@Component
class GrantPlanner {

    private final ProgrammeCatalogue catalogue;
    private final OrganisationManagement organisations;
    private final TownDirectory towns;

    GrantPlanner(ProgrammeCatalogue catalogue, OrganisationManagement organisations, TownDirectory towns) {
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.towns = towns;
    }

    /**
     * The plans, or the reason there are none.
     *
     * @param plans by count, planned first; empty when {@code problem} is set
     */
    record Plans(
            @Nullable LocalDate deadline,
            @Nullable Integer callYear,
            CallYearSource callYearSource,
            Map<Count, GrantPlan> plans,
            List<Remark> remarks,
            @Nullable Remark problem) {}

    Plans plan(ProjectDetails project, List<EventPlan> events, Locale locale) {
        return plan(project, events, locale, null);
    }

    /**
     * The organisations of the partners and the towns of those organisations and of the events'
     * hosts, read once for many projects so that planning them reads nothing more.
     */
    record Places(Map<Long, OrganisationSummary> organisations, Map<Long, TownSummary> towns) {}

    /** The places of all these projects and events in one read of organisations and one of towns. */
    Places places(Collection<ProjectDetails> projects, Collection<EventPlan> events) {
        Map<Long, OrganisationSummary> organisationsById = organisations.findAll(projects.stream()
                .flatMap(project -> project.partners().stream())
                .map(PartnerSummary::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Set<Long> townIds = new HashSet<>();
        organisationsById.values().stream()
                .map(OrganisationSummary::townId)
                .filter(Objects::nonNull)
                .forEach(townIds::add);
        events.stream().map(EventPlan::hostTownId).filter(Objects::nonNull).forEach(townIds::add);
        return new Places(organisationsById, townIds.isEmpty() ? Map.of() : towns.findAll(townIds));
    }

    /**
     * The plans, with the places read beforehand ({@link #places}) or, when {@code null}, read here
     * for this one project.
     */
    Plans plan(ProjectDetails project, List<EventPlan> events, Locale locale, @Nullable Places known) {
        ProjectSummary summary = project.summary();
        List<Remark> remarks = new ArrayList<>();

        LocalDate deadline = null;
        Integer callYear = null;
        CallYearSource source = CallYearSource.NONE;
        if (summary.measure().isBlank()) {
            // An idea without a measure: the panel says what the rules need first.
            return new Plans(null, null, source, Map.of(), remarks, Remark.of("project.grant.no-measure"));
        }
        Optional<CallSummary> call = project.callCode() == null ? Optional.empty() : catalogue.call(project.callCode());
        ReferenceNumber reference = project.reference();
        if (call.isPresent()) {
            deadline = call.get().deadline();
            callYear = call.get().year();
            source = CallYearSource.CALL;
        } else if (reference != null && reference.parsed() && reference.year() != null) {
            callYear = reference.year();
            source = CallYearSource.REFERENCE_NUMBER;
        } else if (summary.startDate() != null) {
            callYear = summary.startDate().getYear();
            source = CallYearSource.PROJECT_START;
            remarks.add(Remark.of("project.grant.call-year-assumed", String.valueOf(callYear)));
        } else {
            return new Plans(null, null, source, Map.of(), remarks, Remark.of("project.grant.no-call-year"));
        }

        Optional<PartnerSummary> lead = project.partners().stream()
                .filter(partner -> partner.role() == PartnerRole.LEAD)
                .findFirst();
        if (lead.isEmpty()) {
            return new Plans(deadline, callYear, source, Map.of(), remarks, Remark.of("project.grant.no-lead"));
        }

        Places places = known != null ? known : places(List.of(project), events);
        Map<Long, OrganisationSummary> organisationsById = places.organisations();
        Map<Long, TownSummary> townsById = places.towns();

        GrantPlan.Applicant applicant = applicant(lead.get(), organisationsById);
        List<GrantPlan.Applicant> partners = project.partners().stream()
                .filter(partner ->
                        partner.role() != PartnerRole.LEAD && partner.role().countsAsPartner())
                .map(partner -> applicant(partner, organisationsById))
                .toList();

        // The rules need the whole period or none of it; half a period counts as not known yet.
        LocalDate start = summary.startDate();
        LocalDate end = summary.endDate();
        if ((start == null) != (end == null)) {
            start = null;
            end = null;
            remarks.add(Remark.of("project.grant.period-incomplete"));
        }

        Map<Count, GrantPlan> plans = new LinkedHashMap<>();
        for (Count count : counts(events)) {
            Function<ParticipantCounts, Integer> people = people(count);
            List<GrantPlan.Event> planEvents = events.stream()
                    .filter(event -> !event.hostCountry().isBlank())
                    .map(event -> event(event, project.partners(), organisationsById, townsById, people, locale))
                    .toList();
            plans.put(
                    count,
                    new GrantPlan(
                            summary.measure(),
                            deadline,
                            deadline == null ? callYear : null,
                            applicant,
                            partners,
                            start,
                            end,
                            planEvents,
                            summary.euGrant()));
        }
        remarks.addAll(notCounted(project.partners(), events));
        return new Plans(deadline, callYear, source, plans, remarks, null);
    }

    /** Planned always; registered and attended once an event records them for some partner. */
    private static List<Count> counts(List<EventPlan> events) {
        List<Count> counts = new ArrayList<>();
        counts.add(Count.PLANNED);
        if (recorded(events, ParticipantCounts::registered)) {
            counts.add(Count.REGISTERED);
        }
        if (recorded(events, ParticipantCounts::attended)) {
            counts.add(Count.ATTENDED);
        }
        return counts;
    }

    private static boolean recorded(List<EventPlan> events, Function<ParticipantCounts, @Nullable Integer> column) {
        return events.stream()
                .flatMap(event -> event.participants().values().stream())
                .anyMatch(counts -> column.apply(counts) != null);
    }

    /** The people a column counts; a partner without a recorded figure counts as nobody. */
    private static Function<ParticipantCounts, Integer> people(Count count) {
        return switch (count) {
            case PLANNED -> ParticipantCounts::planned;
            case REGISTERED -> counts -> counts.registered() == null ? 0 : counts.registered();
            case ATTENDED -> counts -> counts.attended() == null ? 0 : counts.attended();
        };
    }

    private GrantPlan.Event event(
            EventPlan event,
            List<PartnerSummary> partners,
            Map<Long, OrganisationSummary> organisationsById,
            Map<Long, TownSummary> townsById,
            Function<ParticipantCounts, Integer> people,
            Locale locale) {
        int local = 0;
        List<GrantPlan.Delegation> delegations = new ArrayList<>();
        for (PartnerSummary partner : partners) {
            ParticipantCounts counts = event.participants().get(partner.id());
            if (counts == null || !partner.role().countsAsPartner()) {
                continue;
            }
            int participants = Math.max(0, people.apply(counts));
            if (!InvitedParticipants.invited(true, partner.country(), event.hostCountry())) {
                // A partner in the host country sends local people; the rules engine decides the rest.
                local += participants;
            } else if (participants > 0) {
                delegations.add(new GrantPlan.Delegation(
                        partner.country(),
                        organisationTown(partner, organisationsById, townsById),
                        participants,
                        null));
            }
        }
        GrantPlan.Place hostTown = event.hostTownId() == null ? null : place(townsById.get(event.hostTownId()));
        String label = event.titles().in(locale);
        if (label.isEmpty() && hostTown != null) {
            label = hostTown.name();
        }
        return new GrantPlan.Event(
                label, event.hostCountry(), hostTown, event.startDate(), event.endDate(), local, delegations);
    }

    /** People at events whom the rules do not count: those of guests and of partners no longer in the project. */
    private static List<Remark> notCounted(List<PartnerSummary> partners, List<EventPlan> events) {
        Map<Long, PartnerSummary> byId = new LinkedHashMap<>();
        partners.forEach(partner -> byId.put(partner.id(), partner));
        int guests = 0;
        int others = 0;
        for (EventPlan event : events) {
            for (Map.Entry<Long, ParticipantCounts> entry : event.participants().entrySet()) {
                PartnerSummary partner = byId.get(entry.getKey());
                if (partner == null) {
                    others += entry.getValue().planned();
                } else if (!partner.role().countsAsPartner()) {
                    guests += entry.getValue().planned();
                }
            }
        }
        List<Remark> remarks = new ArrayList<>();
        if (guests > 0) {
            remarks.add(Remark.of("project.grant.guests-not-counted", guests));
        }
        if (others > 0) {
            remarks.add(Remark.of("project.grant.former-partners-not-counted", others));
        }
        return remarks;
    }

    private static GrantPlan.Applicant applicant(
            PartnerSummary partner, Map<Long, OrganisationSummary> organisationsById) {
        OrganisationSummary organisation =
                partner.organisationId() == null ? null : organisationsById.get(partner.organisationId());
        return new GrantPlan.Applicant(partner.country(), organisation == null ? null : organisation.type());
    }

    private static GrantPlan.@Nullable Place organisationTown(
            PartnerSummary partner,
            Map<Long, OrganisationSummary> organisationsById,
            Map<Long, TownSummary> townsById) {
        OrganisationSummary organisation =
                partner.organisationId() == null ? null : organisationsById.get(partner.organisationId());
        if (organisation == null || organisation.townId() == null) {
            return null;
        }
        return place(townsById.get(organisation.townId()));
    }

    private static GrantPlan.@Nullable Place place(@Nullable TownSummary town) {
        return town == null ? null : new GrantPlan.Place(town.name(), town.latitude(), town.longitude());
    }
}
