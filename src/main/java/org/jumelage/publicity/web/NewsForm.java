package org.jumelage.publicity.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsArticleDraft;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The article form: titles and Markdown bodies per language, address, publication date and time
 * (Latvian time, as the coordinators think of it), tags separated by commas, project and event.
 */
class NewsForm {

    /** The time zone of the publication date-time field: the public site's, whose dates it sets. */
    static final ZoneId ZONE = PublicPages.ZONE;

    private String titleLv = "";
    private String titleEn = "";
    private String bodyLv = "";
    private String bodyEn = "";
    private Map<String, String> titleOthers = new HashMap<>();
    private Map<String, String> bodyOthers = new HashMap<>();
    private String slug = "";

    @DateTimeFormat(
            pattern = "yyyy-MM-dd'T'HH:mm",
            fallbackPatterns = {"yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"})
    private @Nullable LocalDateTime publishAt;

    private String tags = "";
    private @Nullable Long projectId;
    private @Nullable Long eventId;
    private long version;

    NewsArticleDraft toDraft() {
        List<String> tagList = Arrays.stream(tags.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
        Instant at = publishAt == null ? null : publishAt.atZone(ZONE).toInstant();
        return new NewsArticleDraft(
                slug.isBlank() ? null : slug,
                new LocalizedText(titleLv, titleEn, titleOthers),
                new LocalizedText(bodyLv, bodyEn, bodyOthers),
                projectId,
                eventId,
                tagList,
                at);
    }

    /** Refuses languages that are not Jumelage's (a tampered form), see {@link FormErrors#checkLanguages}. */
    void checkLanguages(BindingResult result) {
        FormErrors.checkLanguages(result, titleOthers);
        FormErrors.checkLanguages(result, bodyOthers);
    }

    static NewsForm of(NewsArticle article) {
        NewsForm form = new NewsForm();
        form.titleLv = orEmpty(article.titles().lv());
        form.titleEn = orEmpty(article.titles().en());
        form.bodyLv = orEmpty(article.bodies().lv());
        form.bodyEn = orEmpty(article.bodies().en());
        form.titleOthers = new HashMap<>(article.titles().others());
        form.bodyOthers = new HashMap<>(article.bodies().others());
        form.slug = article.slug();
        form.publishAt = article.publishAt() == null
                ? null
                : LocalDateTime.ofInstant(article.publishAt(), ZONE)
                        .withSecond(0)
                        .withNano(0);
        form.tags = String.join(", ", article.tags());
        form.projectId = article.projectId();
        form.eventId = article.eventId();
        form.version = article.version();
        return form;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    public String getTitleLv() {
        return titleLv;
    }

    public void setTitleLv(String titleLv) {
        this.titleLv = titleLv;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyLv() {
        return bodyLv;
    }

    public void setBodyLv(String bodyLv) {
        this.bodyLv = bodyLv;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public @Nullable LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(@Nullable LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public void setProjectId(@Nullable Long projectId) {
        this.projectId = projectId;
    }

    public @Nullable Long getEventId() {
        return eventId;
    }

    public void setEventId(@Nullable Long eventId) {
        this.eventId = eventId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** The title in the languages beyond Latvian and English, by tag ({@code titleOthers[pl]}). */
    public Map<String, String> getTitleOthers() {
        return titleOthers;
    }

    public void setTitleOthers(Map<String, String> titleOthers) {
        this.titleOthers = titleOthers;
    }

    /** The Markdown body in the languages beyond Latvian and English, by tag ({@code bodyOthers[pl]}). */
    public Map<String, String> getBodyOthers() {
        return bodyOthers;
    }

    public void setBodyOthers(Map<String, String> bodyOthers) {
        this.bodyOthers = bodyOthers;
    }
}
