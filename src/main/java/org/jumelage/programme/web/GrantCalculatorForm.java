package org.jumelage.programme.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The "what if" calculator's form: the API's plan with a fixed number of rows for partners,
 * events and delegations. Blank rows are left out of the plan; the rows a user adds are kept up to
 * a limit, so that the form stays a form.
 */
class GrantCalculatorForm {

    static final int PARTNER_ROWS = 2;
    static final int EVENT_ROWS = 1;
    static final int DELEGATION_ROWS = 2;
    static final int MAX_PARTNERS = 30;
    static final int MAX_EVENTS = 20;
    static final int MAX_DELEGATIONS = 30;

    /** The applicant or a partner: country and kind of body. */
    public static class PartyRow {
        private String country = "";
        private @Nullable OrganisationType type;

        boolean isBlank() {
            return blank(country) && type == null;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public @Nullable OrganisationType getType() {
            return type;
        }

        public void setType(@Nullable OrganisationType type) {
            this.type = type;
        }
    }

    /** One event with its delegations. */
    public static class EventRow {
        private String hostCountry = "";

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate startDate;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate endDate;

        private @Nullable Integer localParticipants;
        private List<DelegationRow> delegations = rows(DELEGATION_ROWS, DelegationRow::new);

        boolean isBlank() {
            return blank(hostCountry)
                    && startDate == null
                    && endDate == null
                    && localParticipants == null
                    && delegations.stream().allMatch(DelegationRow::isBlank);
        }

        public String getHostCountry() {
            return hostCountry;
        }

        public void setHostCountry(String hostCountry) {
            this.hostCountry = hostCountry;
        }

        public @Nullable LocalDate getStartDate() {
            return startDate;
        }

        public void setStartDate(@Nullable LocalDate startDate) {
            this.startDate = startDate;
        }

        public @Nullable LocalDate getEndDate() {
            return endDate;
        }

        public void setEndDate(@Nullable LocalDate endDate) {
            this.endDate = endDate;
        }

        public @Nullable Integer getLocalParticipants() {
            return localParticipants;
        }

        public void setLocalParticipants(@Nullable Integer localParticipants) {
            this.localParticipants = localParticipants;
        }

        public List<DelegationRow> getDelegations() {
            return delegations;
        }

        public void setDelegations(List<DelegationRow> delegations) {
            this.delegations = delegations;
        }
    }

    /** The group one partner sends to one event. */
    public static class DelegationRow {
        private String country = "";
        private @Nullable Integer participants;
        private @Nullable Integer roundTripKm;

        boolean isBlank() {
            return blank(country) && participants == null && roundTripKm == null;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public @Nullable Integer getParticipants() {
            return participants;
        }

        public void setParticipants(@Nullable Integer participants) {
            this.participants = participants;
        }

        public @Nullable Integer getRoundTripKm() {
            return roundTripKm;
        }

        public void setRoundTripKm(@Nullable Integer roundTripKm) {
            this.roundTripKm = roundTripKm;
        }
    }

    private String measure = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate deadline;

    private @Nullable Integer callYear;
    private PartyRow applicant = new PartyRow();
    private List<PartyRow> partners = rows(PARTNER_ROWS, PartyRow::new);

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate projectStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate projectEnd;

    private List<EventRow> events = rows(EVENT_ROWS, EventRow::new);
    private @Nullable BigDecimal declaredGrant;

    /**
     * Adds a blank row: {@code partner}, {@code event} or {@code delegation-<event index>}. An
     * unknown action, or a row beyond the limit, changes nothing.
     */
    void addRow(String action) {
        if (action.equals("add-partner") && partners.size() < MAX_PARTNERS) {
            partners.add(new PartyRow());
        } else if (action.equals("add-event") && events.size() < MAX_EVENTS) {
            events.add(new EventRow());
        } else if (action.startsWith("add-delegation-")) {
            try {
                int event = Integer.parseInt(action.substring("add-delegation-".length()));
                if (event >= 0
                        && event < events.size()
                        && events.get(event).delegations.size() < MAX_DELEGATIONS) {
                    events.get(event).delegations.add(new DelegationRow());
                }
            } catch (NumberFormatException ignored) {
                // Not a button of this form: nothing to add.
            }
        }
    }

    /** Drops rows beyond the limits (a request may name any index). */
    void trim() {
        partners = new ArrayList<>(partners.subList(0, Math.min(partners.size(), MAX_PARTNERS)));
        events = new ArrayList<>(events.subList(0, Math.min(events.size(), MAX_EVENTS)));
        for (EventRow event : events) {
            event.delegations =
                    new ArrayList<>(event.delegations.subList(0, Math.min(event.delegations.size(), MAX_DELEGATIONS)));
        }
    }

    /** The plan in the API's shape, without blank rows, and how its fields map back to the form's. */
    Plan toPlan() {
        List<Integer> partnerRows = new ArrayList<>();
        List<GrantCalculationRequest.@Nullable Party> planPartners = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            PartyRow row = partners.get(i);
            if (row != null && !row.isBlank()) {
                partnerRows.add(i);
                planPartners.add(party(row));
            }
        }
        List<Integer> eventRows = new ArrayList<>();
        List<List<Integer>> delegationRows = new ArrayList<>();
        List<GrantCalculationRequest.@Nullable Event> planEvents = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventRow row = events.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            List<Integer> rowsOfEvent = new ArrayList<>();
            List<GrantCalculationRequest.@Nullable Delegation> delegations = new ArrayList<>();
            for (int j = 0; j < row.delegations.size(); j++) {
                DelegationRow delegation = row.delegations.get(j);
                if (delegation != null && !delegation.isBlank()) {
                    rowsOfEvent.add(j);
                    delegations.add(new GrantCalculationRequest.Delegation(
                            blankToNull(delegation.country), null, delegation.participants, delegation.roundTripKm));
                }
            }
            eventRows.add(i);
            delegationRows.add(rowsOfEvent);
            planEvents.add(new GrantCalculationRequest.Event(
                    blankToNull(row.hostCountry),
                    null,
                    row.startDate,
                    row.endDate,
                    row.localParticipants,
                    delegations));
        }
        GrantCalculationRequest request = new GrantCalculationRequest(
                blankToNull(measure),
                deadline,
                callYear,
                party(applicant),
                planPartners,
                projectStart,
                projectEnd,
                planEvents,
                declaredGrant);
        return new Plan(request, partnerRows, eventRows, delegationRows);
    }

    /**
     * A plan read from the form.
     *
     * @param partnerRows for each partner of the plan, its row in the form
     * @param eventRows for each event of the plan, its row in the form
     * @param delegationRows for each event of the plan, the form rows of its delegations
     */
    record Plan(
            GrantCalculationRequest request,
            List<Integer> partnerRows,
            List<Integer> eventRows,
            List<List<Integer>> delegationRows) {

        private static final Pattern PARTNER = Pattern.compile("^partners\\[(\\d+)](.*)$");
        private static final Pattern EVENT = Pattern.compile("^events\\[(\\d+)](?:\\.delegations\\[(\\d+)])?(.*)$");

        /**
         * The form field of a field of the plan, for example {@code events[0].delegations[0].participants}
         * → {@code events[1].delegations[2].participants} when blank rows came before. Other fields keep their name.
         */
        String formField(String planField) {
            Matcher partner = PARTNER.matcher(planField);
            if (partner.matches()) {
                int index = Integer.parseInt(partner.group(1));
                return index < partnerRows.size()
                        ? "partners[" + partnerRows.get(index) + "]" + partner.group(2)
                        : planField;
            }
            Matcher event = EVENT.matcher(planField);
            if (event.matches()) {
                int index = Integer.parseInt(event.group(1));
                if (index >= eventRows.size()) {
                    return planField;
                }
                String field = "events[" + eventRows.get(index) + "]";
                if (event.group(2) != null) {
                    int delegation = Integer.parseInt(event.group(2));
                    List<Integer> rows = delegationRows.get(index);
                    field += ".delegations[" + (delegation < rows.size() ? rows.get(delegation) : delegation) + "]";
                }
                return field + event.group(3);
            }
            return planField;
        }
    }

    private static GrantCalculationRequest.Party party(PartyRow row) {
        return new GrantCalculationRequest.Party(blankToNull(row.country), row.type);
    }

    private static <T> List<T> rows(int count, Supplier<T> row) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row.get());
        }
        return rows;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return blank(text) ? null : text;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public @Nullable LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(@Nullable LocalDate deadline) {
        this.deadline = deadline;
    }

    public @Nullable Integer getCallYear() {
        return callYear;
    }

    public void setCallYear(@Nullable Integer callYear) {
        this.callYear = callYear;
    }

    public PartyRow getApplicant() {
        return applicant;
    }

    public void setApplicant(PartyRow applicant) {
        this.applicant = applicant;
    }

    public List<PartyRow> getPartners() {
        return partners;
    }

    public void setPartners(List<PartyRow> partners) {
        this.partners = partners;
    }

    public @Nullable LocalDate getProjectStart() {
        return projectStart;
    }

    public void setProjectStart(@Nullable LocalDate projectStart) {
        this.projectStart = projectStart;
    }

    public @Nullable LocalDate getProjectEnd() {
        return projectEnd;
    }

    public void setProjectEnd(@Nullable LocalDate projectEnd) {
        this.projectEnd = projectEnd;
    }

    public List<EventRow> getEvents() {
        return events;
    }

    public void setEvents(List<EventRow> events) {
        this.events = events;
    }

    public @Nullable BigDecimal getDeclaredGrant() {
        return declaredGrant;
    }

    public void setDeclaredGrant(@Nullable BigDecimal declaredGrant) {
        this.declaredGrant = declaredGrant;
    }
}
