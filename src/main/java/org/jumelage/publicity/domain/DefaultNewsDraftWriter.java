package org.jumelage.publicity.domain;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectManagement;
import org.jumelage.publicity.NewsDraft;
import org.jumelage.publicity.NewsDraftWriter;
import org.jumelage.publicity.PublicityException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what a draft tells (the project with its partners, the measure and programme from the
 * catalogue, the events) as the viewer may see it, and has {@link NewsDraftText} write it in the
 * language asked. Nothing is stored: the caller decides what to do with the text.
 */
@Service
class DefaultNewsDraftWriter implements NewsDraftWriter {

    private final ProjectManagement projects;
    private final PublicityAccess access;
    private final EventManagement events;
    private final ProgrammeCatalogue catalogue;
    private final MessageSource messages;
    private final Clock clock;

    DefaultNewsDraftWriter(
            ProjectManagement projects,
            PublicityAccess access,
            EventManagement events,
            ProgrammeCatalogue catalogue,
            MessageSource messages,
            Clock clock) {
        this.projects = projects;
        this.access = access;
        this.events = events;
        this.catalogue = catalogue;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public NewsDraft forProject(SignedInUser viewer, long projectId, String language) {
        access.requireProject(viewer, PublicityAccess.Action.WRITE_NEWS_DRAFT, projectId);
        NewsDraftText text = text(language);
        ProjectDetails project =
                projects.find(viewer, projectId).orElseThrow(() -> PublicityException.projectNotFound(projectId));
        List<EventSummary> projectEvents = events.forProject(viewer, projectId);
        return text.project(project, measure(project), projectEvents);
    }

    @Override
    @Transactional(readOnly = true)
    public NewsDraft forEvent(SignedInUser viewer, long eventId, String language) {
        EventSummary event = access.requireEvent(viewer, PublicityAccess.Action.WRITE_NEWS_DRAFT, eventId);
        NewsDraftText text = text(language);
        ProjectDetails project =
                projects.find(viewer, event.projectId()).orElseThrow(() -> PublicityException.eventNotFound(eventId));
        return text.event(event, project, measure(project));
    }

    /** The writer of the language; {@code lv} and {@code en} (any letter case, spaces around) only. */
    private NewsDraftText text(@Nullable String language) {
        if (language == null || language.isBlank()) {
            throw PublicityException.draftLanguageRequired();
        }
        DraftGrammar grammar = DraftGrammar.of(language.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> PublicityException.draftLanguageUnknown(language.strip()));
        return new NewsDraftText(messages, grammar, clock);
    }

    private @Nullable MeasureSummary measure(ProjectDetails project) {
        return catalogue.measure(project.summary().measure()).orElse(null);
    }
}
