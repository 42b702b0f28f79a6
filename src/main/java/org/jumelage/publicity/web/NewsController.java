package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventSummary;
import org.jumelage.project.PortfolioFilter;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectSummary;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.NewsMarkdown;
import org.jumelage.publicity.NewsStatus;
import org.jumelage.publicity.PublicityException;
import org.jumelage.shared.Languages;
import org.jumelage.shared.Paging;
import org.jumelage.shared.web.ContentLanguages;
import org.jumelage.shared.web.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' news pages: the list of the articles they edit, the article form, and the article
 * page, which previews the article as the public will read it (sanitised HTML, image, title) with
 * the buttons that publish, withdraw and delete it and the lead image upload.
 */
@Controller
class NewsController {

    static final int PAGE_SIZE = 20;

    /** At most this many projects offer their events in the form's event list. */
    static final int MAX_PROJECTS_WITH_EVENTS = 50;

    /** The version is not a field people can correct: a stale one is a message on the whole form. */
    private static final Map<String, String> FORM_FIELDS = Map.of("version", "");

    /** A choice of the form's event list. */
    record EventOption(long id, long projectId, String label) {}

    /** A line of the list: the article with what the page shows of it. */
    record ArticleRow(
            NewsArticle article,
            String title,
            String status,
            @Nullable LocalDateTime publishAt,
            @Nullable String projectLabel) {}

    private final NewsManagement news;
    private final NewsMarkdown markdown;
    private final ProjectManagement projects;
    private final EventManagement events;
    private final DataSize maxImageSize;

    NewsController(
            NewsManagement news,
            NewsMarkdown markdown,
            ProjectManagement projects,
            EventManagement events,
            @Value("${jumelage.news.image.max-size:10MB}") DataSize maxImageSize) {
        this.news = news;
        this.markdown = markdown;
        this.projects = projects;
        this.events = events;
        this.maxImageSize = maxImageSize;
    }

    @GetMapping("/news")
    String list(
            @AuthenticationPrincipal SignedInUser me,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Long project,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        NewsStatus wanted = parseStatus(status);
        Page<NewsArticle> articles = news.list(me, wanted, project, Paging.page(page, PAGE_SIZE));
        List<ProjectSummary> editable = editableProjects(me);
        Map<Long, String> projectLabels = labels(me, editable);
        model.addAttribute("articles", articles);
        model.addAttribute(
                "rows",
                articles.getContent().stream()
                        .map(article -> new ArticleRow(
                                article,
                                article.titles().in(locale()),
                                article.status().name().toLowerCase(Locale.ROOT),
                                local(article.publishAt()),
                                article.projectId() == null ? null : projectLabels.get(article.projectId())))
                        .toList());
        model.addAttribute("status", wanted == null ? "" : wanted.name().toLowerCase(Locale.ROOT));
        model.addAttribute("project", project);
        model.addAttribute("projects", editable);
        model.addAttribute("statuses", NewsStatus.values());
        model.addAttribute("canWrite", news.canWrite(me));
        model.addAttribute(
                "pageUrl",
                "/news?status=" + (wanted == null ? "" : wanted.name().toLowerCase(Locale.ROOT))
                        + (project == null ? "" : "&project=" + project));
        return "publicity/news-list";
    }

    @GetMapping("/news/new")
    String newArticle(
            @AuthenticationPrincipal SignedInUser me,
            @RequestParam(required = false) @Nullable Long project,
            @RequestParam(required = false) @Nullable Long event,
            Model model) {
        if (!news.canWrite(me)) {
            throw PublicityException.newsWriterRequired();
        }
        NewsForm form = new NewsForm();
        if (event != null) {
            EventSummary found = events.find(me, event).orElseThrow(() -> PublicityException.eventNotFound(event));
            form.setEventId(found.id());
            form.setProjectId(found.projectId());
        } else if (project != null) {
            if (!projects.canView(me, project)) {
                throw PublicityException.projectNotFound(project);
            }
            form.setProjectId(project);
        }
        model.addAttribute("newsForm", form);
        return formPage(me, model, null);
    }

    @PostMapping("/news")
    String create(
            @AuthenticationPrincipal SignedInUser me,
            @ModelAttribute("newsForm") NewsForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        form.checkLanguages(result);
        if (!result.hasErrors()) {
            try {
                NewsArticle article = news.create(me, form.toDraft());
                redirect.addFlashAttribute("flashSuccess", "publicity.news.saved");
                return "redirect:/news/" + article.id();
            } catch (PublicityException e) {
                FormErrors.rejectInput(result, e, FORM_FIELDS);
            }
        }
        return FormErrors.invalid(response, formPage(me, model, null));
    }

    @GetMapping("/news/{id}")
    String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        NewsArticle article = load(me, id);
        model.addAttribute("imageForm", NewsImageForm.of(article));
        return articlePage(me, model, article);
    }

    @GetMapping("/news/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        NewsArticle article = load(me, id);
        if (!news.canEdit(me, id)) {
            throw PublicityException.notAllowed();
        }
        model.addAttribute("newsForm", NewsForm.of(article));
        return formPage(me, model, article);
    }

    @PostMapping("/news/{id}")
    String update(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("newsForm") NewsForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NewsArticle article = load(me, id);
        form.checkLanguages(result);
        if (!result.hasErrors()) {
            try {
                news.update(me, id, form.toDraft(), form.getVersion());
                redirect.addFlashAttribute("flashSuccess", "publicity.news.saved");
                return "redirect:/news/" + id;
            } catch (PublicityException e) {
                FormErrors.rejectInput(result, e, FORM_FIELDS);
            }
        }
        return FormErrors.invalid(response, formPage(me, model, article));
    }

    @PostMapping("/news/{id}/publication")
    String publish(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam boolean published,
            RedirectAttributes redirect) {
        NewsArticle article = news.publish(me, id, published);
        redirect.addFlashAttribute(
                "flashSuccess",
                !published
                        ? "publicity.news.withdrawn"
                        : article.status() == NewsStatus.SCHEDULED
                                ? "publicity.news.scheduled"
                                : "publicity.news.published");
        return "redirect:/news/" + id;
    }

    @PostMapping("/news/{id}/image")
    String image(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @ModelAttribute("imageForm") NewsImageForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NewsArticle article = load(me, id);
        MultipartFile file = form.getFile();
        if (!FormErrors.checkLanguages(result, form.getAltOthers())) {
            return FormErrors.invalid(response, articlePage(me, model, article));
        }
        try {
            if (file == null || file.isEmpty()) {
                throw PublicityException.newsImageRequired();
            }
            try (InputStream content = file.getInputStream()) {
                news.attachImage(me, id, content, file.getSize(), form.alt());
            }
            redirect.addFlashAttribute("flashSuccess", "publicity.news.image-saved");
            return "redirect:/news/" + id + "#image";
        } catch (PublicityException e) {
            FormErrors.rejectInput(result, e, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FormErrors.invalid(response, articlePage(me, model, article));
    }

    @PostMapping("/news/{id}/image/delete")
    String removeImage(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        news.removeImage(me, id);
        redirect.addFlashAttribute("flashSuccess", "publicity.news.image-removed");
        return "redirect:/news/" + id;
    }

    @PostMapping("/news/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        NewsArticle article = load(me, id);
        news.delete(me, id);
        redirect.addFlashAttribute("flashSuccess", "publicity.news.deleted");
        return article.projectId() == null ? "redirect:/news" : "redirect:/news?project=" + article.projectId();
    }

    // --- pages ------------------------------------------------------------------------------------

    private String articlePage(SignedInUser me, Model model, NewsArticle article) {
        model.addAttribute("article", article);
        model.addAttribute(
                "htmlLv",
                markdown.toSafeHtml(
                        article.bodies().lv() == null ? "" : article.bodies().lv()));
        model.addAttribute(
                "htmlEn",
                markdown.toSafeHtml(
                        article.bodies().en() == null ? "" : article.bodies().en()));
        // The languages beyond Latvian and English that have a title or a text, rendered the same way.
        Map<String, String> htmlOthers = new java.util.TreeMap<>();
        ContentLanguages.OTHERS.stream()
                .filter(tag -> article.titles().has(tag) || article.bodies().has(tag))
                .forEach(tag -> htmlOthers.put(
                        tag, markdown.toSafeHtml(article.bodies().get(tag).orElse(""))));
        model.addAttribute("htmlOthers", htmlOthers);
        boolean isPublic = news.publicAmong(List.of(article.id())).contains(article.id());
        model.addAttribute("imageUrl", article.image() == null ? null : NewsImages.url(article, isPublic));
        model.addAttribute("canEdit", news.canEdit(me, article.id()));
        model.addAttribute("status", article.status().name().toLowerCase(Locale.ROOT));
        model.addAttribute("publishAt", local(article.publishAt()));
        model.addAttribute("maxImageMegabytes", Math.max(1, maxImageSize.toMegabytes()));
        model.addAttribute(
                "projectLabel",
                article.projectId() == null
                        ? null
                        : projects.find(me, article.projectId())
                                .map(details -> details.summary().label(locale()))
                                .orElse(null));
        model.addAttribute(
                "eventLabel",
                article.eventId() == null
                        ? null
                        : events.find(me, article.eventId())
                                .map(event -> event.titles().in(locale()))
                                .orElse(null));
        model.addAttribute(
                "publicUrl",
                isPublic
                        ? "/" + Languages.knownOrDefault(Languages.tagOf(locale())) + "/news/" + article.slug()
                        : null);
        return "publicity/news-article";
    }

    private String formPage(SignedInUser me, Model model, @Nullable NewsArticle article) {
        List<ProjectSummary> editable = editableProjects(me);
        List<EventOption> options = new ArrayList<>();
        for (ProjectSummary project : editable.subList(0, Math.min(editable.size(), MAX_PROJECTS_WITH_EVENTS))) {
            for (EventSummary event : events.forProject(me, project.id())) {
                options.add(new EventOption(
                        event.id(),
                        project.id(),
                        project.label(locale()) + " — " + event.titles().in(locale())));
            }
        }
        model.addAttribute("article", article);
        model.addAttribute("projects", editable);
        model.addAttribute("eventOptions", options);
        return "publicity/news-form";
    }

    /** The projects the user may write about, as the portfolio orders them. */
    private List<ProjectSummary> editableProjects(SignedInUser me) {
        if (!news.canWrite(me)) {
            return List.of();
        }
        List<ProjectSummary> portfolio = projects.portfolio(me, PortfolioFilter.none(), Pageable.unpaged())
                .getContent();
        if (me.hasRole(Role.ADMIN)) {
            return portfolio;
        }
        return portfolio.stream()
                .filter(project -> projects.canEdit(me, project.id()))
                .toList();
    }

    private static Map<Long, String> labels(SignedInUser me, List<ProjectSummary> list) {
        Map<Long, String> labels = new LinkedHashMap<>();
        list.forEach(project -> labels.put(project.id(), project.label(locale())));
        return labels;
    }

    /** The language of the page (the language switch), which may differ from the profile's. */
    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, NewsForm.ZONE);
    }

    private NewsArticle load(SignedInUser me, long id) {
        return news.find(me, id).orElseThrow(() -> PublicityException.articleNotFound(id));
    }

    private static @Nullable NewsStatus parseStatus(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return NewsApiController.status(status);
        } catch (PublicityException e) {
            return null;
        }
    }
}
