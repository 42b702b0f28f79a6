package org.jumelage.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.event.HostPlace;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.participation.PublicAttendance;
import org.jumelage.project.LeadSummary;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectSummary;
import org.jumelage.publicity.PublicContent;
import org.jumelage.reporting.OpenData;
import org.jumelage.reporting.OpenDataException;
import org.jumelage.reporting.OpenEvent;
import org.jumelage.reporting.OpenParticipation;
import org.jumelage.reporting.OpenPartner;
import org.jumelage.reporting.OpenProject;
import org.jumelage.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open data read through {@link PublicContent} only: every project, partner, event and count
 * belongs to something public at the moment of the read.
 */
@Service
class DefaultOpenData implements OpenData {

    /** Projects or events read per query. */
    static final int BATCH = 500;

    /**
     * Events whose registrations and presences are read per query for the participation: a few
     * thousand registrations, which PostgreSQL looks up by index (for 500 events, some 18,000
     * registrations, it read all 3.6 million presences of the EU-size data set each time).
     */
    static final int ATTENDANCE_BATCH = 100;

    private final PublicContent content;
    private final OrganisationManagement organisations;
    private final PublicAttendance attendance;
    private final Clock clock;
    private final String publicUrl;

    DefaultOpenData(
            PublicContent content,
            OrganisationManagement organisations,
            PublicAttendance attendance,
            Clock clock,
            @Value("${jumelage.public-url:http://localhost:8080}") String publicUrl) {
        this.content = content;
        this.organisations = organisations;
        this.attendance = attendance;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenProject> projects() {
        return projectsOf(allProjects());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenPartner> partners() {
        return partnersOf(allProjects());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenEvent> events() {
        return allEvents().stream().map(this::event).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenParticipation> participation() {
        return participationOf(allEvents());
    }

    /** Every public project, read a page at a time (the public rule and the order in SQL). */
    private List<ProjectSummary> allProjects() {
        List<ProjectSummary> all = new ArrayList<>();
        Page<ProjectSummary> page = content.projects(null, null, PageRequest.of(0, BATCH));
        all.addAll(page.getContent());
        while (page.hasNext()) {
            page = content.projects(null, null, page.nextPageable());
            all.addAll(page.getContent());
        }
        return all;
    }

    /** Every public event, by id, read a batch at a time. */
    private List<EventSummary> allEvents() {
        List<EventSummary> all = new ArrayList<>();
        List<EventSummary> batch = content.eventsAfter(0, BATCH);
        while (!batch.isEmpty()) {
            all.addAll(batch);
            batch = content.eventsAfter(batch.get(batch.size() - 1).id(), BATCH);
        }
        return all;
    }

    @Override
    @Transactional(readOnly = true)
    public OpenData ofOrganisation(long organisationId) {
        List<ProjectSummary> projects = content.projectsOf(organisationId);
        if (projects.isEmpty()) {
            throw OpenDataException.organisationNotFound(organisationId);
        }
        List<Long> ids = projects.stream().map(ProjectSummary::id).toList();
        DefaultOpenData all = this;
        return new OpenData() {
            @Override
            public List<OpenProject> projects() {
                return all.projectsOf(content.projectsOf(organisationId));
            }

            @Override
            public List<OpenPartner> partners() {
                return all.partnersOf(content.projectsOf(organisationId));
            }

            @Override
            public List<OpenEvent> events() {
                return eventsOf(ids).stream().map(all::event).toList();
            }

            @Override
            public List<OpenParticipation> participation() {
                return all.participationOf(eventsOf(ids));
            }

            @Override
            public OpenData ofOrganisation(long other) {
                return all.ofOrganisation(other);
            }

            private List<EventSummary> eventsOf(List<Long> projectIds) {
                // the public events of these public projects only, project by project
                return projectIds.stream()
                        .flatMap(projectId -> content.events(projectId).stream())
                        .toList();
            }
        };
    }

    /** The public details of the projects, a batch at a time, each batch in one read. */
    private Map<Long, ProjectDetails> details(List<ProjectSummary> projects) {
        Map<Long, ProjectDetails> details = new HashMap<>();
        for (int from = 0; from < projects.size(); from += BATCH) {
            details.putAll(content.projectDetails(
                    projects.subList(from, Math.min(projects.size(), from + BATCH)).stream()
                            .map(ProjectSummary::id)
                            .toList()));
        }
        return details;
    }

    List<OpenProject> projectsOf(List<ProjectSummary> projects) {
        Map<Long, ProjectDetails> publicDetails = details(projects);
        List<OpenProject> rows = new ArrayList<>();
        for (ProjectSummary project : projects) {
            Optional<ProjectDetails> details = Optional.ofNullable(publicDetails.get(project.id()));
            if (details.isEmpty()) {
                continue;
            }
            LeadSummary lead = project.lead();
            rows.add(new OpenProject(
                    project.id(),
                    project.acronym(),
                    project.titles().en(),
                    project.titles().lv(),
                    project.measure(),
                    details.get().callCode(),
                    project.referenceNumber(),
                    project.status().name(),
                    project.startDate(),
                    project.endDate(),
                    project.euGrant(),
                    lead == null ? null : lead.id(),
                    lead == null || lead.name() == null ? null : name(lead.name()),
                    lead == null ? null : lead.country(),
                    project.partnerCount(),
                    project.countryCount(),
                    project.website(),
                    publicUrl + "/en/projects/" + project.id()));
        }
        return rows;
    }

    List<OpenPartner> partnersOf(List<ProjectSummary> projects) {
        List<OpenPartner> rows = new ArrayList<>();
        for (int from = 0; from < projects.size(); from += BATCH) {
            rows.addAll(partnersOfBatch(projects.subList(from, Math.min(projects.size(), from + BATCH))));
        }
        return rows;
    }

    /** The partners of a batch of projects: their details and organisations in one read each. */
    private List<OpenPartner> partnersOfBatch(List<ProjectSummary> projects) {
        Map<Long, ProjectDetails> publicDetails = details(projects);
        Map<Long, OrganisationSummary> known = organisations.findAll(publicDetails.values().stream()
                .flatMap(details -> details.partners().stream())
                .map(PartnerSummary::organisationId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        List<OpenPartner> rows = new ArrayList<>();
        for (ProjectSummary project : projects) {
            Optional<ProjectDetails> details = Optional.ofNullable(publicDetails.get(project.id()));
            if (details.isEmpty()) {
                continue;
            }
            for (PartnerSummary partner : details.get().partners()) {
                Optional<OrganisationSummary> organisation = partner.organisationId() == null
                        ? Optional.empty()
                        : Optional.ofNullable(known.get(partner.organisationId()));
                LocalizedText names = partner.organisationName();
                rows.add(new OpenPartner(
                        project.id(),
                        partner.organisationId(),
                        names == null ? null : names.en(),
                        names == null ? null : names.lv(),
                        organisation.map(found -> found.type().name()).orElse(null),
                        organisation.map(OrganisationSummary::townId).orElse(null),
                        organisation.map(OrganisationSummary::townName).orElse(null),
                        partner.country(),
                        partner.role().name()));
            }
        }
        return rows;
    }

    OpenEvent event(EventSummary event) {
        return new OpenEvent(
                event.id(),
                event.projectId(),
                event.titles().en(),
                event.titles().lv(),
                event.type().name(),
                event.startDate(),
                event.endDate(),
                event.days(),
                event.hostPlaces().stream().map(HostPlace::name).collect(Collectors.joining("; ")),
                event.hostPlaces().stream().map(HostPlace::country).collect(Collectors.joining("; ")),
                publicUrl + "/en/events/" + event.id());
    }

    /**
     * Per event that has begun and country of the participants: the people present on at least one
     * day; countries nobody from came are left out, small groups are withheld as the public
     * information page withholds them ({@link PublicAttendance#byCountry(long)}).
     */
    List<OpenParticipation> participationOf(List<EventSummary> events) {
        LocalDate today = LocalDate.now(clock);
        List<EventSummary> begun = events.stream()
                .filter(event -> event.startDate() != null && !event.startDate().isAfter(today))
                .toList();
        // the registrations and presences of a batch of events in one read each
        Map<Long, PublicAttendance.Counts> counts = new HashMap<>();
        for (int from = 0; from < begun.size(); from += ATTENDANCE_BATCH) {
            counts.putAll(attendance.byCountry(begun.subList(from, Math.min(begun.size(), from + ATTENDANCE_BATCH))));
        }
        List<OpenParticipation> rows = new ArrayList<>();
        for (EventSummary event : begun) {
            String hostCountry = event.hostPlaces().isEmpty()
                    ? ""
                    : event.hostPlaces().get(0).country();
            counts.get(event.id()).byCountry().stream()
                    .sorted(java.util.Comparator.comparing(PublicAttendance.CountryCount::country))
                    .forEach(count -> rows.add(new OpenParticipation(
                            event.id(),
                            event.projectId(),
                            count.country(),
                            !count.country().equals(hostCountry),
                            count.present(),
                            count.present() == null)));
        }
        return rows;
    }

    private static @Nullable String name(LocalizedText names) {
        String english = names.en();
        return english != null && !english.isBlank() ? english : names.lv();
    }
}
