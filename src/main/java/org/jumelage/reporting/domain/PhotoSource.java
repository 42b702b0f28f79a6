package org.jumelage.reporting.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.storage.FileStorage;
import org.jumelage.storage.StoredFile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The photos: the lead images of the news articles about the project (or the event), as stored,
 * streamed from the file storage. Missing: no article with a lead image.
 */
@Component
@Order(40)
class PhotoSource implements EvidenceSource {

    private static final int PAGE = 100;
    private static final int MOST_PAGES = 50;

    private final NewsManagement news;
    private final FileStorage storage;

    PhotoSource(NewsManagement news, FileStorage storage) {
        this.news = news;
        this.storage = storage;
    }

    @Override
    public void contribute(PackPlan plan) {
        List<NewsArticle> withImages = new ArrayList<>();
        for (int page = 0; page < MOST_PAGES; page++) {
            Page<NewsArticle> articles =
                    news.list(plan.editor, null, plan.project.summary().id(), PageRequest.of(page, PAGE));
            articles.getContent().stream()
                    .filter(article -> article.image() != null)
                    .filter(article -> plan.isProjectPack()
                            || (article.eventId() != null && article.eventId() == plan.subject.id()))
                    .forEach(withImages::add);
            if (!articles.hasNext()) {
                break;
            }
        }
        for (NewsArticle article : withImages) {
            var image = java.util.Objects.requireNonNull(article.image());
            StoredFile stored = storage.find(image.storageKey()).orElse(null);
            String title = article.titles().in(plan.locale);
            if (stored == null) {
                plan.missing(null, "reporting.pack.missing.photo-file", title);
                continue;
            }
            String state = article.published() && article.publishAt() != null
                    ? plan.text("reporting.pack.photo.published", plan.date(article.publishAt()))
                    : plan.text("reporting.pack.photo.unpublished");
            plan.add(new PackEntry(
                    "photos/" + article.id() + "-" + PackPlan.safeName(article.slug()) + extension(image.contentType()),
                    plan.text(
                            "reporting.pack.entry.photo",
                            title,
                            state,
                            image.alt().in(plan.locale)),
                    true,
                    stored.size(),
                    () -> storage.open(image.storageKey())
                            .orElseThrow(() -> new IOException("Image of article " + article.id() + " is gone"))));
        }
        if (withImages.isEmpty()) {
            plan.missing(plan.isProjectPack() ? null : plan.events.get(0), "reporting.pack.missing.photos");
        }
    }

    static String extension(String contentType) {
        return switch (contentType.toLowerCase(Locale.ROOT)) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            case "image/gif" -> ".gif";
            default -> ".jpg";
        };
    }
}
