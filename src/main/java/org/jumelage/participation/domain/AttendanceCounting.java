package org.jumelage.participation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.jumelage.participation.AttendanceCounter;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.participation.AttendanceStatistics.Category;
import org.jumelage.participation.AttendanceStatistics.CountryCount;
import org.jumelage.participation.AttendanceStatistics.DelegationCount;
import org.jumelage.participation.AttendanceStatistics.Group;
import org.jumelage.participation.persistence.AttendanceRecords.Counted;
import org.jumelage.participation.persistence.AttendanceRecords.Presence;
import org.jumelage.programme.InvitedParticipants;
import org.jumelage.shared.LocalizedText;

/**
 * Counts an event's people: registered (confirmed), present per day and on at least one day,
 * invited and local, by country, by delegation and by funder category. Pure: the caller reads the
 * rows and says who is looking.
 *
 * <p>Who is invited is decided by the delegation that brings a person, as
 * {@link InvitedParticipants} defines it for the programme (the same definition the grant panel
 * uses): the person's own country does not matter. Local participants are the others from the
 * host country.
 */
final class AttendanceCounting {

    /**
     * A delegation of the event as the counts need it.
     *
     * @param country the sending partner's country
     * @param eligiblePartner sent by a project partner, not a guest
     */
    record DelegationFacts(
            long id,
            long partnerId,
            String country,
            boolean eligiblePartner,
            @Nullable LocalizedText organisation) {}

    private final String hostCountry;
    private final List<LocalDate> days;
    private final List<Counted> people;
    private final Map<Long, DelegationFacts> delegations;
    private final Map<Long, Set<LocalDate>> presentDays = new HashMap<>();

    AttendanceCounting(
            String hostCountry,
            List<LocalDate> days,
            List<Counted> people,
            List<Presence> presences,
            List<DelegationFacts> delegations) {
        this.hostCountry = hostCountry;
        this.days = List.copyOf(days);
        this.people = List.copyOf(people);
        this.delegations = new LinkedHashMap<>();
        delegations.forEach(delegation -> this.delegations.put(delegation.id(), delegation));
        Set<Long> confirmed = new HashSet<>();
        people.forEach(person -> confirmed.add(person.id()));
        for (Presence presence : presences) {
            if (confirmed.contains(presence.registrationId())) {
                presentDays
                        .computeIfAbsent(presence.registrationId(), id -> new HashSet<>())
                        .add(presence.day());
            }
        }
    }

    boolean invited(Counted person) {
        DelegationFacts delegation = person.delegationId() == null ? null : delegations.get(person.delegationId());
        return delegation != null && invited(delegation);
    }

    private boolean invited(DelegationFacts delegation) {
        return InvitedParticipants.invited(delegation.eligiblePartner(), delegation.country(), hostCountry);
    }

    boolean local(Counted person) {
        return person.country().equals(hostCountry);
    }

    boolean present(Counted person) {
        return presentDays.containsKey(person.id());
    }

    boolean presentOn(Counted person, LocalDate day) {
        return presentDays.getOrDefault(person.id(), Set.of()).contains(day);
    }

    /**
     * The statistics; funder groups of fewer than 5 are hidden unless {@code exact}.
     *
     * @param exact whether the viewer is an editor of the project
     */
    AttendanceStatistics statistics(long eventId, boolean exact) {
        Map<LocalDate, Integer> byDay = new TreeMap<>();
        days.forEach(day -> byDay.put(day, 0));
        for (Counted person : people) {
            for (LocalDate day : presentDays.getOrDefault(person.id(), Set.of())) {
                byDay.merge(day, 1, Integer::sum);
            }
        }
        int present = 0;
        int invited = 0;
        int local = 0;
        int invitedPresent = 0;
        int localPresent = 0;
        for (Counted person : people) {
            boolean here = present(person);
            if (here) {
                present++;
            }
            if (invited(person)) {
                invited++;
                invitedPresent += here ? 1 : 0;
            } else if (local(person)) {
                local++;
                localPresent += here ? 1 : 0;
            }
        }
        List<Category> categories = List.of(
                category("gender", Counted::gender, exact),
                category("age-band", Counted::ageBand, exact),
                category("first-time", person -> text(person.firstTime()), exact),
                category("fewer-opportunities", person -> text(person.fewerOpportunities()), exact));
        return new AttendanceStatistics(
                eventId,
                hostCountry,
                people.size(),
                byDay,
                present,
                invited,
                local,
                invitedPresent,
                localPresent,
                byCountry(this::present),
                byDelegation(this::present),
                categories,
                !exact);
    }

    /** Present on one day against registered, per country and delegation. */
    AttendanceCounter counter(LocalDate day) {
        int present =
                (int) people.stream().filter(person -> presentOn(person, day)).count();
        return new AttendanceCounter(
                day,
                people.size(),
                present,
                byCountry(person -> presentOn(person, day)),
                byDelegation(person -> presentOn(person, day)));
    }

    private List<CountryCount> byCountry(java.util.function.Predicate<Counted> here) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Counted person : people) {
            int[] count = counts.computeIfAbsent(person.country(), country -> new int[2]);
            count[0]++;
            count[1] += here.test(person) ? 1 : 0;
        }
        return byCountry(counts, hostCountry);
    }

    /**
     * The country rows from people counted per country ({@code [registered, here]}), most registered
     * first, countries of equal count in alphabetical order; also for counts made in the database.
     */
    static List<CountryCount> byCountry(Map<String, int[]> counted, String hostCountry) {
        Map<String, int[]> counts = new TreeMap<>(counted);
        List<CountryCount> result = new ArrayList<>();
        counts.forEach((country, count) ->
                result.add(new CountryCount(country, count[0], count[1], !country.equals(hostCountry))));
        result.sort(Comparator.comparingInt(CountryCount::registered).reversed());
        return result;
    }

    private List<DelegationCount> byDelegation(java.util.function.Predicate<Counted> here) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        delegations.keySet().forEach(id -> counts.put(id, new int[2]));
        for (Counted person : people) {
            if (person.delegationId() == null || !delegations.containsKey(person.delegationId())) {
                continue;
            }
            int[] count = counts.get(person.delegationId());
            count[0]++;
            count[1] += here.test(person) ? 1 : 0;
        }
        List<DelegationCount> result = new ArrayList<>();
        counts.forEach((id, count) -> {
            DelegationFacts delegation = delegations.get(id);
            result.add(new DelegationCount(
                    id,
                    delegation.partnerId(),
                    delegation.country(),
                    delegation.organisation(),
                    count[0],
                    count[1],
                    invited(delegation)));
        });
        result.sort(Comparator.comparingInt(DelegationCount::registered).reversed());
        return result;
    }

    /** The answers to one funder question, in the order first seen with "no answer" last. */
    private Category category(String name, Function<Counted, @Nullable String> answer, boolean exact) {
        Map<String, int[]> counts = new TreeMap<>(
                Comparator.comparing((String value) -> value.isEmpty()).thenComparing(Comparator.naturalOrder()));
        for (Counted person : people) {
            String value = Objects.requireNonNullElse(answer.apply(person), "");
            int[] count = counts.computeIfAbsent(value, v -> new int[2]);
            count[0]++;
            count[1] += present(person) ? 1 : 0;
        }
        List<Group> groups = new ArrayList<>();
        counts.forEach((value, count) -> groups.add(new Group(value, count[0], count[1])));
        return new Category(name, exact ? groups : SmallGroups.hideGroups(groups));
    }

    private static @Nullable String text(@Nullable Boolean answer) {
        return answer == null ? null : answer.toString();
    }
}
