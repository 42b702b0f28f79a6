package org.jumelage.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.ParticipantListOverview;
import org.jumelage.participation.ParticipantLists;
import org.jumelage.project.ProjectDetails;
import org.jumelage.reporting.EvidencePack;
import org.jumelage.shared.LocalFormats;
import org.springframework.context.MessageSource;

/**
 * An evidence pack being planned: whose it is, the events it covers, and the entries and missing
 * items the {@link EvidenceSource}s add, in the reader's language. Lives for one plan.
 */
final class PackPlan {

    final SignedInUser editor;
    final Locale locale;
    final EvidencePack.Subject subject;
    final ProjectDetails project;
    /** The events covered: the project's (deleted ones left out), or the one event. */
    final List<EventSummary> events;

    final LocalDate today;
    private final MessageSource messages;
    private final ParticipantLists lists;
    private final Map<Long, ParticipantListOverview> overviews = new HashMap<>();
    private final List<PackEntry> entries = new ArrayList<>();
    private final List<EvidencePack.Missing> missing = new ArrayList<>();

    PackPlan(
            SignedInUser editor,
            Locale locale,
            EvidencePack.Subject subject,
            ProjectDetails project,
            List<EventSummary> events,
            LocalDate today,
            MessageSource messages,
            ParticipantLists lists) {
        this.editor = editor;
        this.locale = locale;
        this.subject = subject;
        this.project = project;
        this.events = List.copyOf(events);
        this.today = today;
        this.messages = messages;
        this.lists = lists;
    }

    boolean isProjectPack() {
        return subject.kind() == EvidencePack.Kind.PROJECT;
    }

    void add(PackEntry entry) {
        entries.add(entry);
    }

    void missing(@Nullable EventSummary event, String key, Object... arguments) {
        missing.add(new EvidencePack.Missing(event == null ? null : event.id(), text(key, arguments)));
    }

    List<PackEntry> entries() {
        return List.copyOf(entries);
    }

    List<EvidencePack.Missing> missingItems() {
        return List.copyOf(missing);
    }

    /** The event's lists, delegations, days and evidence, read once per plan. */
    ParticipantListOverview overview(EventSummary event) {
        return overviews.computeIfAbsent(event.id(), id -> lists.overview(editor, id));
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String date(java.time.temporal.TemporalAccessor day) {
        return LocalFormats.date(day, locale);
    }

    /** The event as the reader recognises it: its title and first day. */
    String eventLabel(EventSummary event) {
        String title = event.titles().in(locale);
        String name = title.isBlank() ? "#" + event.id() : title;
        return event.startDate() == null ? name : name + ", " + date(event.startDate());
    }

    /** The event's folder in the ZIP, sorting by date: {@code events/2018-11-08-event-12/}. */
    static String folder(EventSummary event) {
        return "events/" + (event.startDate() == null ? "" : event.startDate() + "-") + "event-" + event.id() + "/";
    }

    /** A file name reduced to ASCII letters, digits, {@code . _ -}. */
    static String safeName(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+", "");
        return ascii.isEmpty() ? "file" : ascii.length() > 80 ? ascii.substring(ascii.length() - 80) : ascii;
    }
}
