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

    List<OpenProject> projectsOf(List<ProjectSummary> projects) {
        List<OpenProject> rows = new ArrayList<>();
        for (ProjectSummary project : projects) {
            Optional<ProjectDetails> details = content.project(project.id());
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
        Map<Long, Optional<OrganisationSummary>> known = new HashMap<>();
        List<OpenPartner> rows = new ArrayList<>();
        for (ProjectSummary project : projects) {
            Optional<ProjectDetails> details = content.project(project.id());
            if (details.isEmpty()) {
                continue;
            }
            for (PartnerSummary partner : details.get().partners()) {
                Optional<OrganisationSummary> organisation = partner.organisationId() == null
                        ? Optional.empty()
                        : known.computeIfAbsent(partner.organisationId(), organisations::find);
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
        List<OpenParticipation> rows = new ArrayList<>();
        for (EventSummary event : events) {
            if (event.startDate() == null || event.startDate().isAfter(today)) {
                continue;
            }
            String hostCountry = event.hostPlaces().isEmpty()
                    ? ""
                    : event.hostPlaces().get(0).country();
            attendance.byCountry(event.id()).byCountry().stream()
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
