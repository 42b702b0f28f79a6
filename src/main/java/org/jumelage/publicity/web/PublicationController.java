package org.jumelage.publicity.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectSummary;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.Publication;
import org.jumelage.publicity.Publications;
import org.jumelage.publicity.PublicityException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The publication panel of the project and event pages (an htmx fragment, and a page of its own
 * without JavaScript): whether the project or event is public, since when, the button that
 * publishes or withdraws it, the link to its public page, and news about it.
 */
@Controller
class PublicationController {

    /** The panel lists at most this many articles; the news list has them all. */
    static final int NEWS_IN_PANEL = 50;

    private final Publications publications;
    private final ProjectManagement projects;
    private final EventManagement events;
    private final NewsManagement news;

    PublicationController(
            Publications publications, ProjectManagement projects, EventManagement events, NewsManagement news) {
        this.publications = publications;
        this.projects = projects;
        this.events = events;
        this.news = news;
    }

    /** The articles about the project (or only about the event) that the user edits, newest first. */
    private java.util.List<NewsArticle> newsAbout(SignedInUser me, long projectId, @Nullable Long eventId) {
        return news.list(me, null, projectId, PageRequest.of(0, NEWS_IN_PANEL)).getContent().stream()
                .filter(article -> eventId == null || eventId.equals(article.eventId()))
                .toList();
    }

    @GetMapping("/projects/{id}/publication")
    String projectPanel(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, HtmxRequest htmx, Model model) {
        Publication publication = publications.ofProject(me, id);
        ProjectSummary project = projects.find(me, id)
                .orElseThrow(() -> PublicityException.projectNotFound(id))
                .summary();
        model.addAttribute("subject", "project");
        model.addAttribute("subjectId", id);
        model.addAttribute("projectId", id);
        model.addAttribute("subjectTitle", project.label(me.locale()));
        model.addAttribute("publication", publication);
        model.addAttribute(
                "publishedOn",
                publication.publishedAt() == null
                        ? null
                        : java.time.LocalDate.ofInstant(publication.publishedAt(), java.time.ZoneOffset.UTC));
        model.addAttribute("projectPublished", publication.published());
        model.addAttribute("canEdit", projects.canEdit(me, id));
        model.addAttribute("newsArticles", newsAbout(me, id, null));
        return htmx.isHtmxRequest() ? "publicity/publication :: panel" : "publicity/publication";
    }

    @PostMapping("/projects/{id}/publication")
    String publishProject(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam boolean published,
            RedirectAttributes redirect) {
        publications.publishProject(me, id, published);
        redirect.addFlashAttribute("flashSuccess", published ? "publicity.published" : "publicity.withdrawn");
        return "redirect:/projects/" + id + "#publication";
    }

    @GetMapping("/events/{id}/publication")
    String eventPanel(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, HtmxRequest htmx, Model model) {
        Publication publication = publications.ofEvent(me, id);
        EventSummary event = events.find(me, id).orElseThrow(() -> PublicityException.eventNotFound(id));
        model.addAttribute("subject", "event");
        model.addAttribute("subjectId", id);
        model.addAttribute("projectId", event.projectId());
        model.addAttribute("subjectTitle", event.titles().in(me.locale()));
        model.addAttribute("publication", publication);
        model.addAttribute(
                "publishedOn",
                publication.publishedAt() == null
                        ? null
                        : java.time.LocalDate.ofInstant(publication.publishedAt(), java.time.ZoneOffset.UTC));
        model.addAttribute(
                "projectPublished",
                publications.ofProject(me, event.projectId()).published());
        model.addAttribute("canEdit", projects.canEdit(me, event.projectId()));
        model.addAttribute("newsArticles", newsAbout(me, event.projectId(), id));
        return htmx.isHtmxRequest() ? "publicity/publication :: panel" : "publicity/publication";
    }

    @PostMapping("/events/{id}/publication")
    String publishEvent(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam boolean published,
            RedirectAttributes redirect) {
        publications.publishEvent(me, id, published);
        redirect.addFlashAttribute("flashSuccess", published ? "publicity.published" : "publicity.withdrawn");
        return "redirect:/events/" + id + "#publication";
    }
}
