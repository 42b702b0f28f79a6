package org.jumelage.participation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.persistence.ParticipantListQueries;
import org.jumelage.participation.persistence.ParticipantListQueries.DelegationRow;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectManagement;
import org.springframework.stereotype.Component;

/**
 * Who may see which participant lists and evidence of an event: project editors everything; a
 * partner contact (a user of the delegation's organisation) their own delegations; anyone else who
 * sees the project nothing; and an event one may not see does not exist.
 */
@Component
class ListAccess {

    /** An event as seen by one viewer. */
    record Scope(
            SignedInUser viewer,
            EventSummary event,
            ProjectDetails project,
            boolean editor,
            List<DelegationRow> delegations) {

        /** The delegations whose lists and evidence the viewer may handle. */
        List<DelegationRow> ownDelegations() {
            return editor
                    ? delegations
                    : delegations.stream().filter(this::contactOf).toList();
        }

        /** Whether the viewer belongs to the organisation the delegation comes from. */
        boolean contactOf(DelegationRow delegation) {
            Long organisation = viewer.organisationId();
            if (organisation == null) {
                return false;
            }
            if (delegation.organisationId() != null) {
                return organisation.equals(delegation.organisationId());
            }
            return project.partners().stream()
                    .filter(partner -> partner.id() == delegation.partnerId())
                    .map(PartnerSummary::organisationId)
                    .anyMatch(id -> Objects.equals(id, organisation));
        }

        /** The event's delegation, or a refusal naming the field {@code delegation}. */
        DelegationRow delegation(long delegationId) {
            return delegations.stream()
                    .filter(delegation -> delegation.id() == delegationId)
                    .findFirst()
                    .orElseThrow(() -> EventException.listDelegationNotFound(delegationId));
        }

        boolean mayHandle(@Nullable Long delegationId) {
            if (editor) {
                return true;
            }
            return delegationId != null && contactOf(delegation(delegationId));
        }

        /** The event's days, first to last; empty while its dates are not known. */
        List<LocalDate> days() {
            List<LocalDate> days = new ArrayList<>();
            if (event.startDate() != null && event.endDate() != null) {
                for (LocalDate day = event.startDate(); !day.isAfter(event.endDate()); day = day.plusDays(1)) {
                    days.add(day);
                }
            }
            return days;
        }

        void checkDay(@Nullable LocalDate day) {
            if (day != null && !days().contains(day)) {
                throw EventException.listDayOutside(day.toString());
            }
        }
    }

    private final ParticipationAccess access;
    private final ProjectManagement projects;
    private final ParticipantListQueries queries;

    ListAccess(ParticipationAccess access, ProjectManagement projects, ParticipantListQueries queries) {
        this.access = access;
        this.projects = projects;
        this.queries = queries;
    }

    Scope scope(SignedInUser viewer, long eventId) {
        ParticipationAccess.OnEvent on = access.require(viewer, EventAction.VIEW_EVENT, eventId);
        EventSummary event = on.event();
        ProjectDetails project = projects.find(viewer, event.projectId())
                .orElseThrow(() -> ProjectException.notFound(event.projectId()));
        return new Scope(viewer, event, project, on.may(EventAction.EDIT_EVENT), queries.delegations(eventId));
    }
}
