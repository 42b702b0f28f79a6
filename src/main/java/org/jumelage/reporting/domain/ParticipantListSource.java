package org.jumelage.reporting.domain;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.ListDelegation;
import org.jumelage.participation.ListFormat;
import org.jumelage.participation.ParticipantListOverview;
import org.jumelage.participation.ParticipantLists;
import org.jumelage.shared.Countries;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The official participant lists as Jumelage generates them ({@link ParticipantLists}): per event
 * the whole list as PDF and XLSX, and per delegation with confirmed people and per day the PDF form
 * they sign. Generated while the ZIP is written, one at a time.
 */
@Component
@Order(10)
class ParticipantListSource implements EvidenceSource {

    private final ParticipantLists lists;

    ParticipantListSource(ParticipantLists lists) {
        this.lists = lists;
    }

    @Override
    public void contribute(PackPlan plan) {
        for (EventSummary event : plan.events) {
            ParticipantListOverview overview = plan.overview(event);
            String folder = PackPlan.folder(event) + "participant-lists/";
            String label = plan.eventLabel(event);
            String base = "participant-list-" + event.id();
            add(
                    plan,
                    event,
                    null,
                    null,
                    ListFormat.PDF,
                    folder + base + ".pdf",
                    plan.text("reporting.pack.entry.list-event", label, "PDF"));
            add(
                    plan,
                    event,
                    null,
                    null,
                    ListFormat.XLSX,
                    folder + base + ".xlsx",
                    plan.text("reporting.pack.entry.list-event", label, "XLSX"));
            List<ListDelegation> delegations = overview.delegations().stream()
                    .filter(delegation -> delegation.confirmed() > 0)
                    .toList();
            if (delegations.isEmpty()) {
                plan.missing(event, "reporting.pack.missing.no-delegation-people", label);
            }
            for (ListDelegation delegation : delegations) {
                String name = delegationName(delegation, plan);
                String stem = base + "-" + delegation.country() + "-" + delegation.id();
                if (overview.days().isEmpty()) {
                    add(
                            plan,
                            event,
                            delegation.id(),
                            null,
                            ListFormat.PDF,
                            folder + stem + ".pdf",
                            plan.text("reporting.pack.entry.list-delegation", name, label));
                }
                for (LocalDate day : overview.days()) {
                    add(
                            plan,
                            event,
                            delegation.id(),
                            day,
                            ListFormat.PDF,
                            folder + stem + "-" + day + ".pdf",
                            plan.text("reporting.pack.entry.list-delegation-day", name, plan.date(day), label));
                }
            }
        }
    }

    private void add(
            PackPlan plan,
            EventSummary event,
            @Nullable Long delegationId,
            @Nullable LocalDate day,
            ListFormat format,
            String path,
            String description) {
        plan.add(new PackEntry(
                path,
                description,
                true,
                null,
                () -> new ByteArrayInputStream(lists.export(plan.editor, event.id(), delegationId, day, format)
                        .content())));
    }

    /** The sending partner's name in the reader's language, else the country's. */
    static String delegationName(ListDelegation delegation, PackPlan plan) {
        String country = Countries.name(delegation.country(), plan.locale);
        return delegation.partner().isEmpty() ? country : delegation.partner().in(plan.locale);
    }
}
