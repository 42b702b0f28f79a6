package org.jumelage.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditEntry;
import org.jumelage.reporting.FinalReport;
import org.jumelage.reporting.FinalReport.Missing;
import org.jumelage.reporting.FinalReport.SectionKind;
import org.jumelage.reporting.ProjectParticipation.Threshold;
import org.jumelage.shared.LocalFormats;

/**
 * What a final report lacks, said in the report itself before an auditor finds it: no reference
 * number, sections not written, no events, events not held yet or without attendance, per-event
 * thresholds missed, events deleted (their participants are no longer counted), pages not public.
 */
final class ReportRemarks {

    private ReportRemarks() {}

    /**
     * What the remarks are drawn from.
     *
     * @param grantProblem why the rules engine could not be applied, resolved, or {@code null}
     * @param today the report's day, to tell events held from events ahead
     */
    record Facts(
            boolean hasReferenceNumber,
            List<FinalReport.WrittenSection> sections,
            List<FinalReport.ReportEvent> events,
            List<DeletedEvent> deletedEvents,
            boolean projectPublic,
            @Nullable String grantProblem,
            LocalDate today) {}

    /** An event of the project that was deleted, as the audit trail recorded it. */
    record DeletedEvent(long eventId, String label, Instant deletedAt) {

        /** {@code event.deleted} entries name their target "event {id} {label} (project {projectId})". */
        private static final Pattern TARGET =
                Pattern.compile("^event (\\d+) (.*) \\(project (\\d+)\\)$", Pattern.DOTALL);

        /** The deleted event the entry records, when it is one of this project's. */
        static @Nullable DeletedEvent parse(AuditEntry entry, long projectId) {
            if (!"event.deleted".equals(entry.action()) || entry.target() == null) {
                return null;
            }
            Matcher matcher = TARGET.matcher(entry.target());
            if (!matcher.matches() || Long.parseLong(matcher.group(3)) != projectId) {
                return null;
            }
            return new DeletedEvent(
                    Long.parseLong(matcher.group(1)), matcher.group(2).strip(), entry.occurredAt());
        }
    }

    static List<Missing> missing(Facts facts, Texts texts) {
        List<Missing> missing = new ArrayList<>();
        if (!facts.hasReferenceNumber()) {
            missing.add(
                    new Missing("no-reference-number", texts.get("reporting.missing.no-reference-number"), null, null));
        }
        for (SectionKind kind : SectionKind.values()) {
            if (facts.sections().stream().noneMatch(section -> section.kind() == kind)) {
                missing.add(new Missing("no-" + kind.id(), texts.get("reporting.missing.no-" + kind.id()), null, null));
            }
        }
        if (facts.events().isEmpty()) {
            missing.add(new Missing("no-events", texts.get("reporting.missing.no-events"), null, null));
        }
        for (FinalReport.ReportEvent event : facts.events()) {
            String path = event.eventPath();
            if (event.startDate() == null) {
                missing.add(new Missing(
                        "event-no-dates",
                        texts.get("reporting.missing.event-no-dates", event.title()),
                        event.eventId(),
                        path));
            } else if (event.startDate().isAfter(facts.today())) {
                missing.add(new Missing(
                        "event-ahead",
                        texts.get(
                                "reporting.missing.event-ahead",
                                event.title(),
                                LocalFormats.date(event.startDate(), texts.locale())),
                        event.eventId(),
                        path));
                continue;
            }
            if (!event.attendanceRecorded()) {
                missing.add(new Missing(
                        "no-attendance",
                        texts.get("reporting.missing.no-attendance", event.title()),
                        event.eventId(),
                        "/events/" + event.eventId() + "/attendance/paper"));
            }
            for (Threshold threshold : event.participation().thresholds()) {
                if (threshold.missing() > 0) {
                    missing.add(new Missing(
                            "threshold-missed",
                            texts.get(
                                    "reporting.missing.threshold",
                                    threshold.missing(),
                                    texts.getOr("rules.rule." + threshold.rule(), threshold.rule()),
                                    event.title(),
                                    threshold.required(),
                                    threshold.actual()),
                            event.eventId(),
                            event.statisticsPath()));
                }
            }
            if (!event.published()) {
                missing.add(new Missing(
                        "event-not-public",
                        texts.get("reporting.missing.event-not-public", event.title()),
                        event.eventId(),
                        path + "#publication"));
            }
        }
        for (DeletedEvent deleted : facts.deletedEvents()) {
            missing.add(new Missing(
                    "event-deleted",
                    texts.get(
                            "reporting.missing.event-deleted",
                            deleted.label(),
                            LocalFormats.date(
                                    LocalDate.ofInstant(deleted.deletedAt(), java.time.ZoneOffset.UTC),
                                    texts.locale())),
                    deleted.eventId(),
                    null));
        }
        if (!facts.projectPublic()) {
            missing.add(
                    new Missing("project-not-public", texts.get("reporting.missing.project-not-public"), null, null));
        }
        if (facts.grantProblem() != null) {
            missing.add(new Missing("grant-not-evaluated", facts.grantProblem(), null, null));
        }
        return missing;
    }
}
