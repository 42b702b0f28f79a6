package org.jumelage.reporting.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventAction;
import org.jumelage.event.EventException;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventPermissions;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.ParticipantLists;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectException;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectRights;
import org.jumelage.reporting.EvidencePack;
import org.jumelage.reporting.EvidencePacks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Plans evidence packs from the {@link EvidenceSource}s and writes them with {@link
 * EvidencePackWriter}. Rights: the project's editors ({@link ProjectRights#edit()}, for an event
 * {@link EventAction#EDIT_EVENT}), with the house convention of 404 for those who may not see it
 * and 403 for viewers.
 */
@Service
class DefaultEvidencePacks implements EvidencePacks {

    static final String README = "README.txt";

    private final ProjectManagement projects;
    private final EventManagement events;
    private final EventPermissions eventPermissions;
    private final ParticipantLists lists;
    private final List<EvidenceSource> sources;
    private final MessageSource messages;
    private final AuditTrail auditTrail;
    private final Clock clock;

    DefaultEvidencePacks(
            ProjectManagement projects,
            EventManagement events,
            EventPermissions eventPermissions,
            ParticipantLists lists,
            List<EvidenceSource> sources,
            MessageSource messages,
            AuditTrail auditTrail,
            Clock clock) {
        this.projects = projects;
        this.events = events;
        this.eventPermissions = eventPermissions;
        this.lists = lists;
        this.sources = List.copyOf(sources);
        this.messages = messages;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** A plan with its entries, ready to be shown or written. */
    record Planned(EvidencePack pack, List<PackEntry> entries, PackPlan plan) {}

    @Override
    public EvidencePack plan(SignedInUser editor, EvidencePack.Subject subject, Locale locale) {
        return planned(editor, subject, locale).pack();
    }

    /** Not one transaction: the plan reads through other modules' facades, the audit entry is its own. */
    @Override
    public Download download(SignedInUser editor, EvidencePack.Subject subject, Locale locale) {
        Planned planned = planned(editor, subject, locale);
        EvidencePack pack = planned.pack();
        auditTrail.record(
                "reporting.evidence-pack.downloaded",
                subject.kind() == EvidencePack.Kind.PROJECT
                        ? "project " + subject.id()
                        : "event " + subject.id() + " (project "
                                + planned.plan().project.summary().id() + ")",
                "files=" + planned.entries().size() + " missing="
                        + pack.missing().size());
        return new Download() {
            @Override
            public EvidencePack pack() {
                return pack;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                EvidencePackWriter.write(
                        planned.entries(),
                        pack.missing().stream().map(EvidencePack.Missing::text).toList(),
                        entry -> planned.plan().text("reporting.pack.missing.unreadable", entry.path()),
                        planned.plan().text("reporting.pack.entry.missing"),
                        out);
            }
        };
    }

    Planned planned(SignedInUser editor, EvidencePack.Subject subject, Locale locale) {
        ProjectDetails project;
        List<EventSummary> covered;
        if (subject.kind() == EvidencePack.Kind.PROJECT) {
            ProjectRights rights = projects.rights(editor, subject.id());
            if (!rights.view()) {
                throw ProjectException.notFound(subject.id());
            }
            if (!rights.edit()) {
                throw ProjectException.notAllowed();
            }
            project = projects.find(editor, subject.id()).orElseThrow(() -> ProjectException.notFound(subject.id()));
            covered = events.forProject(editor, subject.id());
        } else {
            eventPermissions.require(editor, EventAction.EDIT_EVENT, subject.id());
            EventSummary event =
                    events.find(editor, subject.id()).orElseThrow(() -> EventException.notFound(subject.id()));
            project = projects.find(editor, event.projectId()).orElseThrow(() -> EventException.notFound(subject.id()));
            covered = List.of(event);
        }
        PackPlan plan = new PackPlan(editor, locale, subject, project, covered, LocalDate.now(clock), messages, lists);
        if (covered.isEmpty()) {
            plan.missing(null, "reporting.pack.missing.no-events");
        }
        sources.forEach(source -> source.contribute(plan));
        String title = subject.kind() == EvidencePack.Kind.PROJECT
                ? project.summary().label(locale)
                : covered.get(0).titles().in(locale);
        List<PackEntry> entries = new ArrayList<>();
        byte[] readme = readme(plan, title, plan.missingItems().size()).getBytes(StandardCharsets.UTF_8);
        entries.add(new PackEntry(
                README,
                plan.text("reporting.pack.entry.readme"),
                false,
                (long) readme.length,
                () -> new ByteArrayInputStream(readme)));
        entries.addAll(plan.entries());
        List<EvidencePack.Item> items = new ArrayList<>();
        entries.forEach(entry -> items.add(new EvidencePack.Item(entry.path(), entry.description(), entry.bytes())));
        items.add(new EvidencePack.Item(EvidencePackWriter.MISSING, plan.text("reporting.pack.entry.missing"), null));
        items.add(new EvidencePack.Item(EvidencePackWriter.MANIFEST, plan.text("reporting.pack.entry.manifest"), null));
        String fileName =
                "evidence-pack-" + subject.kind().name().toLowerCase(Locale.ROOT) + "-" + subject.id() + ".zip";
        return new Planned(new EvidencePack(subject, title, fileName, items, plan.missingItems()), entries, plan);
    }

    private String readme(PackPlan plan, String title, int missing) {
        String reference = plan.project.summary().referenceNumber();
        Instant now = clock.instant();
        return String.join(
                        "\r\n",
                        plan.text("reporting.pack.readme.title", title),
                        plan.text(
                                "reporting.pack.readme.project",
                                plan.project.summary().label(plan.locale)),
                        plan.text(
                                "reporting.pack.readme.reference",
                                reference == null || reference.isBlank() ? "—" : reference),
                        plan.text(
                                "reporting.pack.readme.generated",
                                plan.date(now) + " "
                                        + now.atOffset(ZoneOffset.UTC)
                                                .toLocalTime()
                                                .withNano(0) + " UTC"),
                        "",
                        plan.text("reporting.pack.readme.contents"),
                        plan.text("reporting.pack.readme.manifest"),
                        plan.text("reporting.pack.readme.verify"),
                        plan.text("reporting.pack.readme.missing", missing),
                        "")
                + "\r\n";
    }
}
