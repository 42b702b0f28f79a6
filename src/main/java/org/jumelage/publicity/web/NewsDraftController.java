package org.jumelage.publicity.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectSummary;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsArticleDraft;
import org.jumelage.publicity.NewsDraft;
import org.jumelage.publicity.NewsDraftWriter;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.PublicityException;
import org.jumelage.shared.LocalizedText;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * “Write a news draft for me” on the publication panel of a project or event: writes the draft in
 * Latvian and English from the data, stores it as a draft article about the project (and event),
 * tagged with the project's acronym, and opens it in the editor with a reminder to check it before
 * publishing. Only the project's editors may; others get the error page.
 */
@Controller
class NewsDraftController {

    private final NewsDraftWriter writer;
    private final NewsManagement news;
    private final ProjectManagement projects;
    private final EventManagement events;

    NewsDraftController(
            NewsDraftWriter writer, NewsManagement news, ProjectManagement projects, EventManagement events) {
        this.writer = writer;
        this.news = news;
        this.projects = projects;
        this.events = events;
    }

    @PostMapping("/projects/{id}/news-drafts")
    String forProject(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        NewsDraft lv = writer.forProject(me, id, "lv");
        NewsDraft en = writer.forProject(me, id, "en");
        return store(me, id, null, lv, en, redirect);
    }

    @PostMapping("/events/{id}/news-drafts")
    String forEvent(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        NewsDraft lv = writer.forEvent(me, id, "lv");
        NewsDraft en = writer.forEvent(me, id, "en");
        EventSummary event = events.find(me, id).orElseThrow(() -> PublicityException.eventNotFound(id));
        return store(me, event.projectId(), id, lv, en, redirect);
    }

    private String store(
            SignedInUser me,
            long projectId,
            @Nullable Long eventId,
            NewsDraft lv,
            NewsDraft en,
            RedirectAttributes redirect) {
        if (!projects.canEdit(me, projectId)) {
            throw PublicityException.notAllowed();
        }
        ProjectSummary project = projects.find(me, projectId)
                .orElseThrow(() -> PublicityException.projectNotFound(projectId))
                .summary();
        NewsArticle article = news.create(
                me,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of(lv.title(), en.title()),
                        LocalizedText.of(lv.body(), en.body()),
                        projectId,
                        eventId,
                        project.acronym() == null ? List.of() : List.of(project.acronym()),
                        null));
        redirect.addFlashAttribute("flashSuccess", "publicity.draft.created");
        return "redirect:/news/" + article.id() + "/edit";
    }
}
