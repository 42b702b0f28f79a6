package org.jumelage.event.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlace;
import org.jumelage.shared.CollectionBatches;
import org.jumelage.shared.LocalizedText;

/** An event of a project: where, when, what, and how many people each partner plans to send. */
@Entity
@Table(name = "event")
class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long projectId;
    private @Nullable String titleLv;
    private @Nullable String titleEn;
    private @Nullable String titleOthers;

    @Enumerated(EnumType.STRING)
    private EventType type;

    private @Nullable String venue;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    private String timeZone;
    private @Nullable String agendaLv;
    private @Nullable String agendaEn;
    private @Nullable String agendaOthers;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "event_host", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = CollectionBatches.SIZE)
    private List<Host> hosts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_planned_delegation", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyColumn(name = "partner_id")
    @Column(name = "participants")
    @BatchSize(size = CollectionBatches.SIZE)
    private Map<Long, Integer> plannedParticipants = new LinkedHashMap<>();

    protected Event() {}

    Event(long projectId, Instant now) {
        this.projectId = projectId;
        this.createdAt = now;
    }

    /** Takes over validated facts. */
    void apply(
            LocalizedText titles,
            EventType type,
            List<HostPlace> places,
            @Nullable String venue,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            String timeZone,
            LocalizedText agenda,
            Map<Long, Integer> planned,
            Instant now) {
        this.titleLv = titles.lv();
        this.titleEn = titles.en();
        this.titleOthers = titles.othersAsJson();
        this.type = type;
        this.hosts.clear();
        places.forEach(place -> hosts.add(new Host(place)));
        this.venue = venue == null || venue.isBlank() ? null : venue.strip();
        this.startDate = startDate;
        this.endDate = endDate;
        this.timeZone = timeZone;
        this.agendaLv = agenda.lv();
        this.agendaEn = agenda.en();
        this.agendaOthers = agenda.othersAsJson();
        this.plannedParticipants.clear();
        this.plannedParticipants.putAll(planned);
        this.updatedAt = now;
    }

    /** Sets the people one partner plans to send (a delegation's planned size); validated by the caller. */
    void plan(long partnerId, int participants, Instant now) {
        this.plannedParticipants.put(partnerId, participants);
        this.updatedAt = now;
    }

    /** The people the plan counts for the partner, 0 when none. */
    int planned(long partnerId) {
        return plannedParticipants.getOrDefault(partnerId, 0);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Event not saved yet");
        }
        return id;
    }

    long projectId() {
        return projectId;
    }

    long version() {
        return version;
    }

    String label() {
        return LocalizedText.stored(titleLv, titleEn, titleOthers).in(java.util.Locale.ENGLISH);
    }

    /** Days counted inclusively (8 to 12 November 2018 is 5 days, as programme guides count); 0 while the dates are not known. */
    long days() {
        return startDate == null || endDate == null ? 0 : ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    EventSummary toSummary() {
        return new EventSummary(
                id(),
                projectId,
                LocalizedText.stored(titleLv, titleEn, titleOthers),
                type,
                hosts.stream().map(Host::toPlace).toList(),
                venue,
                startDate,
                endDate,
                timeZone,
                LocalizedText.stored(agendaLv, agendaEn, agendaOthers),
                Map.copyOf(plannedParticipants),
                days(),
                plannedParticipants.values().stream()
                        .mapToInt(Integer::intValue)
                        .sum(),
                version);
    }
}
