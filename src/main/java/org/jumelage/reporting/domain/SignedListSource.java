package org.jumelage.reporting.domain;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.event.EventException;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.EventEvidence;
import org.jumelage.participation.EvidenceSummary;
import org.jumelage.participation.ListDelegation;
import org.jumelage.participation.ParticipantListOverview;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The uploaded scans of the signed participant lists ({@link EventEvidence}), streamed from the
 * file storage as uploaded. Missing: for every delegation with confirmed people and every day of
 * the event up to today, a scan that covers it (a scan without a day covers every day, one without
 * a delegation every delegation); a scan whose file the storage no longer has.
 */
@Component
@Order(20)
class SignedListSource implements EvidenceSource {

    private final EventEvidence evidence;

    SignedListSource(EventEvidence evidence) {
        this.evidence = evidence;
    }

    @Override
    public void contribute(PackPlan plan) {
        for (EventSummary event : plan.events) {
            ParticipantListOverview overview = plan.overview(event);
            Map<Long, ListDelegation> delegations =
                    overview.delegations().stream().collect(Collectors.toMap(ListDelegation::id, Function.identity()));
            String label = plan.eventLabel(event);
            List<EvidenceSummary> readable = new ArrayList<>();
            for (EvidenceSummary scan : overview.evidence()) {
                if (!readable(plan, event, scan)) {
                    plan.missing(event, "reporting.pack.missing.scan-file", scan.fileName(), label);
                    continue;
                }
                readable.add(scan);
                ListDelegation delegation = scan.delegationId() == null ? null : delegations.get(scan.delegationId());
                String who = delegation == null
                        ? plan.text("reporting.pack.all-delegations")
                        : ParticipantListSource.delegationName(delegation, plan);
                String day = scan.day() == null ? plan.text("reporting.pack.all-days") : plan.date(scan.day());
                plan.add(new PackEntry(
                        PackPlan.folder(event) + "signed-lists/" + scan.id() + "-" + PackPlan.safeName(scan.fileName()),
                        plan.text(
                                "reporting.pack.entry.scan",
                                who,
                                day,
                                label,
                                scan.uploadedBy(),
                                plan.date(scan.uploadedAt())),
                        true,
                        scan.size(),
                        () -> open(plan, event, scan)));
            }
            expectations(plan, event, overview, readable, label);
        }
    }

    /** What no readable scan covers: a scan whose file is lost proves nothing. */
    private void expectations(
            PackPlan plan,
            EventSummary event,
            ParticipantListOverview overview,
            List<EvidenceSummary> scans,
            String label) {
        if (event.startDate() == null || event.endDate() == null) {
            plan.missing(event, "reporting.pack.missing.no-dates", label);
            return;
        }
        if (event.startDate().isAfter(plan.today)) {
            plan.missing(event, "reporting.pack.missing.not-yet", label);
            return;
        }
        List<ListDelegation> expected = overview.delegations().stream()
                .filter(delegation -> delegation.confirmed() > 0)
                .toList();
        List<LocalDate> days =
                overview.days().stream().filter(day -> !day.isAfter(plan.today)).toList();
        if (expected.isEmpty()) {
            for (LocalDate day : days) {
                if (scans.stream()
                        .noneMatch(scan -> scan.day() == null || scan.day().equals(day))) {
                    plan.missing(event, "reporting.pack.missing.scan-event-day", label, plan.date(day));
                }
            }
            return;
        }
        for (ListDelegation delegation : expected) {
            for (LocalDate day : days) {
                boolean covered = scans.stream()
                        .anyMatch(scan -> (scan.delegationId() == null || scan.delegationId() == delegation.id())
                                && (scan.day() == null || scan.day().equals(day)));
                if (!covered) {
                    plan.missing(
                            event,
                            "reporting.pack.missing.scan",
                            ParticipantListSource.delegationName(delegation, plan),
                            plan.date(day),
                            label);
                }
            }
        }
    }

    private boolean readable(PackPlan plan, EventSummary event, EvidenceSummary scan) {
        try (InputStream ignored = open(plan, event, scan)) {
            return true;
        } catch (IOException | EventException e) {
            return false;
        }
    }

    private InputStream open(PackPlan plan, EventSummary event, EvidenceSummary scan) throws IOException {
        try {
            return evidence.open(plan.editor, event.id(), scan.id()).content();
        } catch (EventException e) {
            throw new IOException("Evidence " + scan.id() + " cannot be read", e);
        }
    }
}
