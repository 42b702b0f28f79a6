package org.jumelage.event.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventSummary;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlace;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownSummary;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The event form: titles, type, up to {@value #HOST_ROWS} host places, dates, agenda and planned delegations. */
class EventForm {

    static final int HOST_ROWS = 3;

    /** One host place row: the town as typed (resolved in the gazetteer) and its country. */
    public static class HostRow {
        private String text = "";
        private String country = "";

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }
    }

    private String titleLv = "";
    private String titleEn = "";
    private EventType type = EventType.PARTNER_MEETING;
    private List<HostRow> hosts = emptyRows();
    private String venue = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate endDate;

    private String timeZone = "";
    private String agendaLv = "";
    private String agendaEn = "";
    private Map<String, String> titleOthers = new HashMap<>();
    private Map<String, String> agendaOthers = new HashMap<>();
    private Map<Long, Integer> planned = new HashMap<>();
    private long version;

    private static List<HostRow> emptyRows() {
        List<HostRow> rows = new ArrayList<>();
        for (int i = 0; i < HOST_ROWS; i++) {
            rows.add(new HostRow());
        }
        return rows;
    }

    EventDraft toDraft() {
        List<HostPlaceInput> places = hosts.stream()
                .filter(row -> row.getText() != null && !row.getText().isBlank())
                .map(row -> new HostPlaceInput(null, row.getText(), row.getCountry()))
                .toList();
        Map<Long, Integer> plannedParticipants = new LinkedHashMap<>();
        planned.forEach((partner, count) -> {
            if (count != null) {
                plannedParticipants.put(partner, count);
            }
        });
        return new EventDraft(
                new LocalizedText(titleLv, titleEn, titleOthers),
                type,
                places,
                venue,
                startDate,
                endDate,
                timeZone,
                new LocalizedText(agendaLv, agendaEn, agendaOthers),
                plannedParticipants);
    }

    /** Refuses languages that are not Jumelage's (a tampered form), see {@link FormErrors#checkLanguages}. */
    void checkLanguages(BindingResult result) {
        FormErrors.checkLanguages(result, titleOthers);
        FormErrors.checkLanguages(result, agendaOthers);
    }

    /** The form of a stored event; a town of the gazetteer shows as its field text, without its id. */
    static EventForm of(EventSummary event, TownDirectory towns) {
        EventForm form = new EventForm();
        form.titleLv = orEmpty(event.titles().lv());
        form.titleEn = orEmpty(event.titles().en());
        form.titleOthers = new HashMap<>(event.titles().others());
        form.type = event.type();
        for (int i = 0; i < Math.min(HOST_ROWS, event.hostPlaces().size()); i++) {
            HostPlace place = event.hostPlaces().get(i);
            form.hosts
                    .get(i)
                    .setText(
                            place.resolved()
                                    ? towns.find(place.townId())
                                            .map(TownSummary::fieldText)
                                            .orElse(place.name())
                                    : place.name());
            form.hosts.get(i).setCountry(place.country());
        }
        form.venue = orEmpty(event.venue());
        form.startDate = event.startDate();
        form.endDate = event.endDate();
        form.timeZone = event.timeZone();
        form.agendaLv = orEmpty(event.agenda().lv());
        form.agendaEn = orEmpty(event.agenda().en());
        form.agendaOthers = new HashMap<>(event.agenda().others());
        form.planned = new HashMap<>(event.plannedParticipants());
        form.version = event.version();
        return form;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    public String getTitleLv() {
        return titleLv;
    }

    public void setTitleLv(String titleLv) {
        this.titleLv = titleLv;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public List<HostRow> getHosts() {
        return hosts;
    }

    public void setHosts(List<HostRow> hosts) {
        this.hosts = hosts;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
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

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getAgendaLv() {
        return agendaLv;
    }

    public void setAgendaLv(String agendaLv) {
        this.agendaLv = agendaLv;
    }

    public String getAgendaEn() {
        return agendaEn;
    }

    public void setAgendaEn(String agendaEn) {
        this.agendaEn = agendaEn;
    }

    public Map<Long, Integer> getPlanned() {
        return planned;
    }

    public void setPlanned(Map<Long, Integer> planned) {
        this.planned = planned;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** The title in the languages beyond Latvian and English, by tag ({@code titleOthers[pl]}). */
    public Map<String, String> getTitleOthers() {
        return titleOthers;
    }

    public void setTitleOthers(Map<String, String> titleOthers) {
        this.titleOthers = titleOthers;
    }

    /** The agenda in the languages beyond Latvian and English, by tag ({@code agendaOthers[pl]}). */
    public Map<String, String> getAgendaOthers() {
        return agendaOthers;
    }

    public void setAgendaOthers(Map<String, String> agendaOthers) {
        this.agendaOthers = agendaOthers;
    }
}
