package org.jumelage.participation.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jumelage.event.EventSummary;
import org.jumelage.event.UnrestrictedEventReads;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.participation.UnrestrictedAttendanceReads;
import org.jumelage.participation.persistence.AttendanceRecords;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.UnrestrictedProjectReads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The counts of {@link DefaultAttendanceManagement#statistics} for a non-editor, without a viewer. */
@Service
class DefaultUnrestrictedAttendanceReads implements UnrestrictedAttendanceReads {

    private final UnrestrictedEventReads events;
    private final UnrestrictedProjectReads projects;
    private final AttendanceRecords records;

    DefaultUnrestrictedAttendanceReads(
            UnrestrictedEventReads events, UnrestrictedProjectReads projects, AttendanceRecords records) {
        this.events = events;
        this.projects = projects;
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AttendanceStatistics> statisticsUnrestricted(long eventId) {
        Optional<EventSummary> found = events.findUnrestricted(eventId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EventSummary event = found.get();
        Optional<ProjectDetails> project = projects.findUnrestricted(event.projectId());
        if (project.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, PartnerSummary> partners = new HashMap<>();
        project.get().partners().forEach(partner -> partners.put(partner.id(), partner));
        List<AttendanceCounting.DelegationFacts> delegations =
                DefaultAttendanceManagement.delegationFacts(records.delegations(eventId), partners);
        AttendanceCounting counting = new AttendanceCounting(
                DefaultAttendanceManagement.hostCountry(event),
                DefaultAttendanceManagement.days(event),
                records.confirmed(eventId),
                records.presences(eventId),
                delegations);
        return Optional.of(counting.statistics(eventId, false));
    }
}
