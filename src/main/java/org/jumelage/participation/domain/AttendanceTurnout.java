package org.jumelage.participation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jumelage.event.EventTurnout;
import org.jumelage.participation.persistence.AttendanceRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the event module's event plans the registered and attended people per partner. */
@Component
class AttendanceTurnout implements EventTurnout {

    private final AttendanceRecords records;

    AttendanceTurnout(AttendanceRecords records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> eventsRecordingRegistration(long projectId) {
        return records.eventsRecordingRegistration(projectId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> eventsRecordingRegistration(Collection<Long> projectIds) {
        return records.eventsRecordingRegistration(projectIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerTurnout> partnerCounts(long projectId) {
        return records.partnerCounts(projectId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerTurnout> partnerCounts(Collection<Long> projectIds) {
        return records.partnerCounts(projectIds);
    }
}
