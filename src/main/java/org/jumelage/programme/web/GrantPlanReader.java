package org.jumelage.programme.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.shared.Countries;
import org.jumelage.shared.LocalFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the values of the API or the calculator form into a {@link GrantPlan}: checks that what the
 * rules need is there and well formed (measure, deadline or call year, known countries and towns)
 * and names every value that is not. Whether the plan meets the rules is the engine's business.
 */
@Component
class GrantPlanReader {

    static final String REQUIRED = "programme.plan.required";
    static final String UNKNOWN_MEASURE = "programme.plan.unknown-measure";
    static final String DEADLINE_OR_YEAR = "programme.plan.deadline-or-year";
    static final String YEAR_NOT_DEADLINE = "programme.plan.year-not-deadline";
    static final String UNKNOWN_COUNTRY = "programme.plan.unknown-country";
    static final String UNKNOWN_TOWN = "programme.plan.unknown-town";

    private final ProgrammeCatalogue catalogue;
    private final TownDirectory towns;
    private final MessageSource messages;

    GrantPlanReader(ProgrammeCatalogue catalogue, TownDirectory towns, MessageSource messages) {
        this.catalogue = catalogue;
        this.towns = towns;
        this.messages = messages;
    }

    /**
     * The plan the request describes.
     *
     * @param locale the language of the event labels the rules' messages quote
     * @throws InvalidPlanException naming every missing or wrong value
     */
    GrantPlan read(GrantCalculationRequest request, Locale locale) {
        Reading reading = new Reading(locale);
        GrantPlan plan = reading.plan(request);
        if (!reading.problems.isEmpty()) {
            throw new InvalidPlanException(reading.problems);
        }
        return plan;
    }

    /** One reading of one request: collects the problems while it builds the plan. */
    private final class Reading {

        final List<FieldProblem> problems = new ArrayList<>();
        final Locale locale;

        Reading(Locale locale) {
            this.locale = locale;
        }

        GrantPlan plan(GrantCalculationRequest request) {
            String measure = measure(request.measure());
            callYear(request.deadline(), request.callYear());
            GrantPlan.Applicant applicant = applicant("applicant", request.applicant());
            List<GrantPlan.Applicant> partners = new ArrayList<>();
            List<GrantCalculationRequest.@Nullable Party> partnerRows = orEmpty(request.partners());
            for (int i = 0; i < partnerRows.size(); i++) {
                partners.add(applicant("partners[" + i + "]", partnerRows.get(i)));
            }
            Set<Long> townIds = townIds(request);
            Map<Long, TownSummary> places = townIds.isEmpty() ? Map.of() : towns.findAll(townIds);
            List<GrantPlan.Event> events = new ArrayList<>();
            List<GrantCalculationRequest.@Nullable Event> eventRows = orEmpty(request.events());
            for (int i = 0; i < eventRows.size(); i++) {
                events.add(event(i, eventRows.get(i), places));
            }
            return new GrantPlan(
                    measure,
                    request.deadline(),
                    request.callYear(),
                    applicant,
                    partners,
                    request.projectStart(),
                    request.projectEnd(),
                    events,
                    request.declaredGrant());
        }

        private String measure(@Nullable String code) {
            if (code == null || code.isBlank()) {
                problems.add(FieldProblem.of("measure", REQUIRED));
                return "";
            }
            Optional<MeasureSummary> measure = catalogue.measure(code);
            if (measure.isEmpty()) {
                problems.add(FieldProblem.of("measure", UNKNOWN_MEASURE, code.strip()));
                return code.strip();
            }
            return measure.get().code();
        }

        private void callYear(@Nullable LocalDate deadline, @Nullable Integer callYear) {
            if (deadline == null && callYear == null) {
                problems.add(FieldProblem.of("deadline", DEADLINE_OR_YEAR));
            } else if (deadline != null && callYear != null && deadline.getYear() != callYear) {
                problems.add(FieldProblem.of("callYear", YEAR_NOT_DEADLINE, year(callYear), year(deadline.getYear())));
            }
        }

        private GrantPlan.Applicant applicant(String field, GrantCalculationRequest.@Nullable Party party) {
            if (party == null) {
                problems.add(FieldProblem.of(field + ".country", REQUIRED));
                return new GrantPlan.Applicant("", null);
            }
            return new GrantPlan.Applicant(country(field + ".country", party.country()), party.type());
        }

        private GrantPlan.Event event(
                int index, GrantCalculationRequest.@Nullable Event event, Map<Long, TownSummary> places) {
            String field = "events[" + index + "]";
            if (event == null) {
                problems.add(FieldProblem.of(field + ".hostCountry", REQUIRED));
                return new GrantPlan.Event("", "", null, null, null, 0, List.of());
            }
            String hostCountry = country(field + ".hostCountry", event.hostCountry());
            TownSummary hostTown = town(field + ".hostTown", event.hostTown(), places);
            List<GrantPlan.Delegation> delegations = new ArrayList<>();
            List<GrantCalculationRequest.@Nullable Delegation> rows = orEmpty(event.delegations());
            for (int i = 0; i < rows.size(); i++) {
                delegations.add(delegation(field + ".delegations[" + i + "]", rows.get(i), places));
            }
            Integer local = event.localParticipants();
            return new GrantPlan.Event(
                    label(index, hostTown, hostCountry, event.startDate(), event.endDate()),
                    hostCountry,
                    place(hostTown),
                    event.startDate(),
                    event.endDate(),
                    local == null ? 0 : local,
                    delegations);
        }

        private GrantPlan.Delegation delegation(
                String field, GrantCalculationRequest.@Nullable Delegation delegation, Map<Long, TownSummary> places) {
            if (delegation == null) {
                problems.add(FieldProblem.of(field + ".country", REQUIRED));
                return new GrantPlan.Delegation("", null, 0, null);
            }
            String country = country(field + ".country", delegation.country());
            TownSummary town = town(field + ".town", delegation.town(), places);
            Integer participants = delegation.participants();
            if (participants == null) {
                problems.add(FieldProblem.of(field + ".participants", REQUIRED));
            }
            return new GrantPlan.Delegation(
                    country, place(town), participants == null ? 0 : participants, delegation.roundTripKm());
        }

        private String country(String field, @Nullable String code) {
            if (code == null || code.isBlank()) {
                problems.add(FieldProblem.of(field, REQUIRED));
                return "";
            }
            String normalised = code.strip().toUpperCase(Locale.ROOT);
            if (!Countries.isKnown(normalised)) {
                problems.add(FieldProblem.of(field, UNKNOWN_COUNTRY, code.strip()));
            }
            return normalised;
        }

        private @Nullable TownSummary town(String field, @Nullable Long id, Map<Long, TownSummary> places) {
            if (id == null) {
                return null;
            }
            TownSummary town = places.get(id);
            if (town == null) {
                problems.add(FieldProblem.of(field, UNKNOWN_TOWN, String.valueOf(id)));
            }
            return town;
        }

        /** How the rules' messages name the event, for example: event 1 (Daugavpils, 8 Nov 2018 – 12 Nov 2018). */
        private String label(
                int index,
                @Nullable TownSummary town,
                String country,
                @Nullable LocalDate start,
                @Nullable LocalDate end) {
            String place = town != null ? town.name() : country.isEmpty() ? "" : Countries.name(country, locale);
            DateTimeFormatter dates = LocalFormats.dateFormat(locale);
            String when = start == null
                    ? ""
                    : end == null || end.equals(start)
                            ? dates.format(start)
                            : dates.format(start) + " – " + dates.format(end);
            return when.isEmpty()
                    ? messages.getMessage("programme.plan.event-label.undated", new Object[] {index + 1, place}, locale)
                    : messages.getMessage("programme.plan.event-label", new Object[] {index + 1, place, when}, locale);
        }

        private String year(int year) {
            return String.valueOf(year);
        }
    }

    private static Set<Long> townIds(GrantCalculationRequest request) {
        Set<Long> ids = new LinkedHashSet<>();
        for (GrantCalculationRequest.@Nullable Event event : orEmpty(request.events())) {
            if (event != null) {
                addIfPresent(ids, event.hostTown());
                for (GrantCalculationRequest.@Nullable Delegation delegation : orEmpty(event.delegations())) {
                    if (delegation != null) {
                        addIfPresent(ids, delegation.town());
                    }
                }
            }
        }
        return ids;
    }

    private static void addIfPresent(Set<Long> ids, @Nullable Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static GrantPlan.@Nullable Place place(@Nullable TownSummary town) {
        return town == null ? null : new GrantPlan.Place(town.name(), town.latitude(), town.longitude());
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
