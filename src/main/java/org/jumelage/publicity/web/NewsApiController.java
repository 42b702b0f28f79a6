package org.jumelage.publicity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsArticleDraft;
import org.jumelage.publicity.NewsImage;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.NewsStatus;
import org.jumelage.publicity.PublicityException;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of news articles. Anyone may read public articles; signed-in editors also read, write,
 * publish and illustrate theirs. Dates are ISO 8601 instants; bodies are Markdown (render them
 * yourself or read the public page); refusals are problem details in the caller's language.
 */
@RestController
@Tag(name = "News", description = "News articles in Latvian and English: drafts, scheduling, publication, lead image")
class NewsApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final NewsManagement news;

    NewsApiController(NewsManagement news) {
        this.news = news;
    }

    /** The lead image: its address (public or, for editors' drafts, signed-in), size in pixels and alternative text. */
    record ImageJson(String url, int width, int height, LocalizedText alt) {}

    /**
     * An article as the API shows it.
     *
     * @param status {@code draft}, {@code scheduled} or {@code published}
     * @param author the author's name as stored when the article was written
     */
    record NewsJson(
            long id,
            String slug,
            LocalizedText titles,
            LocalizedText bodies,
            @Nullable Long projectId,
            @Nullable Long eventId,
            List<String> tags,
            String status,
            boolean published,
            @Nullable Instant publishAt,
            @Nullable ImageJson image,
            String author,
            long version) {

        static NewsJson of(NewsArticle article, boolean isPublic) {
            NewsImage image = article.image();
            return new NewsJson(
                    article.id(),
                    article.slug(),
                    article.titles(),
                    article.bodies(),
                    article.projectId(),
                    article.eventId(),
                    article.tags(),
                    article.status().name().toLowerCase(Locale.ROOT),
                    article.published(),
                    article.publishAt(),
                    image == null
                            ? null
                            : new ImageJson(
                                    NewsImages.url(article, isPublic), image.width(), image.height(), image.alt()),
                    article.authorName(),
                    article.version());
        }
    }

    /** A page of articles. */
    record NewsPage(List<NewsJson> items, long total, int page, int size) {}

    /**
     * The body of POST and PUT. Without {@code slug} one is made from the English (else Latvian)
     * title; without {@code publishAt} publishing means "now". PUT needs the {@code version} read.
     */
    record NewsRequest(
            @Nullable String slug,
            @Nullable LocalizedText titles,
            @Nullable LocalizedText bodies,
            @Nullable Long projectId,
            @Nullable Long eventId,
            @Nullable List<String> tags,
            @Nullable Instant publishAt,
            @Nullable Long version) {

        NewsArticleDraft toDraft() {
            return new NewsArticleDraft(
                    slug,
                    titles == null ? LocalizedText.of(null, null) : titles,
                    bodies == null ? LocalizedText.of(null, null) : bodies,
                    projectId,
                    eventId,
                    tags == null
                            ? List.of()
                            : tags.stream().filter(tag -> tag != null).toList(),
                    publishAt);
        }
    }

    /** The body of PUT …/publication. */
    record PublicationBody(@Nullable Boolean published) {}

    @GetMapping(path = "/api/v1/news", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List news articles",
            description = "Without a status, or without signing in: the public articles, newest publication first. "
                    + "Signed-in editors may ask for status=draft, scheduled, published or all of the articles they "
                    + "edit. projectId narrows to one project; tag (public list only) to one tag.")
    @ApiResponse(responseCode = "200", description = "A page of articles")
    @ApiResponse(
            responseCode = "422",
            description = "An unknown status",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    NewsPage list(
            @AuthenticationPrincipal @Nullable SignedInUser me,
            @Parameter(description = "draft, scheduled, published or all; editors only")
                    @RequestParam(required = false)
                    @Nullable
                    String status,
            @RequestParam(required = false) @Nullable Long projectId,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var request = Paging.page(page, size, MAX_PAGE_SIZE);
        Page<NewsArticle> articles;
        if (status == null || status.isBlank()) {
            articles = news.published(projectId, null, tag, request);
        } else {
            if (me == null) {
                throw PublicityException.notAllowed();
            }
            articles = news.list(me, status(status), projectId, request);
        }
        java.util.Set<Long> isPublic = news.publicAmong(
                articles.getContent().stream().map(NewsArticle::id).toList());
        return new NewsPage(
                articles.getContent().stream()
                        .map(article -> NewsJson.of(article, isPublic.contains(article.id())))
                        .toList(),
                articles.getTotalElements(),
                request.getPageNumber(),
                request.getPageSize());
    }

    @GetMapping(path = "/api/v1/news/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Read an article",
            description = "Public articles for everyone; drafts and scheduled articles only for those who may see "
                    + "their project (or wrote them).")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(
            responseCode = "404",
            description = "No such article, or not one the caller may see",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    NewsJson get(@AuthenticationPrincipal @Nullable SignedInUser me, @PathVariable long id) {
        return (me == null ? news.publishedById(id) : news.find(me, id).or(() -> news.publishedById(id)))
                .map(this::json)
                .orElseThrow(() -> PublicityException.articleNotFound(id));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/news", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Write an article (a draft)",
            description = "Coordinators and administrators; an article about a project or event only by the "
                    + "project's editors. Markdown with scripts, frames, event handlers or javascript:/data:/vbscript: "
                    + "links is refused.")
    @ApiResponse(responseCode = "201", description = "Written; Location names the article")
    @ApiResponse(
            responseCode = "409",
            description = "The wanted slug is taken",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "422",
            description = "A value is refused; 'errors' names the field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<NewsJson> create(@AuthenticationPrincipal SignedInUser me, @RequestBody NewsRequest request) {
        NewsArticle article = news.create(me, request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/news/" + article.id()))
                .body(json(article));
    }

    @PutMapping(path = "/api/v1/news/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change an article",
            description = "Send the whole article with the version you read; a newer stored version answers 409.")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(
            responseCode = "409",
            description = "Someone changed the article since, or the slug is taken",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    NewsJson update(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody NewsRequest request) {
        if (request.version() == null) {
            throw PublicityException.newsVersionRequired();
        }
        return json(news.update(me, id, request.toDraft(), request.version()));
    }

    @DeleteMapping("/api/v1/news/{id}")
    @Operation(summary = "Delete an article", description = "With its image; audited.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        news.delete(me, id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/api/v1/news/{id}/publication", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Publish or withdraw an article",
            description = "{\"published\":true} publishes from the article's publication date (now when it has none): "
                    + "a future date schedules it. {\"published\":false} withdraws it. Audited.")
    @ApiResponse(responseCode = "200", description = "The article with its new status")
    NewsJson publish(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody PublicationBody body) {
        if (body.published() == null) {
            throw PublicityException.publishedRequired();
        }
        return json(news.publish(me, id, body.published()));
    }

    @PutMapping(
            path = "/api/v1/news/{id}/image",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Upload the lead image",
            description = "Multipart: file (JPEG, PNG or WebP, judged by its content), altLv and/or altEn (required "
                    + "in at least one language). Too large a file or too many pixels is refused; the image is "
                    + "reduced to at most 1600 pixels wide and stored as JPEG, replacing an earlier one.")
    @ApiResponse(responseCode = "200", description = "The article with its image")
    @ApiResponse(
            responseCode = "422",
            description = "Not an image, too large, too many pixels, or no alternative text",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    NewsJson image(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String altLv,
            @RequestParam(required = false) @Nullable String altEn) {
        if (file == null || file.isEmpty()) {
            throw PublicityException.newsImageRequired();
        }
        try (InputStream content = file.getInputStream()) {
            return json(news.attachImage(me, id, content, file.getSize(), LocalizedText.of(altLv, altEn)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DeleteMapping(path = "/api/v1/news/{id}/image", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Remove the lead image")
    @ApiResponse(responseCode = "200", description = "The article without image")
    NewsJson removeImage(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return json(news.removeImage(me, id));
    }

    static @Nullable NewsStatus status(String status) {
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> null;
            case "draft" -> NewsStatus.DRAFT;
            case "scheduled" -> NewsStatus.SCHEDULED;
            case "published" -> NewsStatus.PUBLISHED;
            default -> throw PublicityException.newsUnknownStatus(status);
        };
    }

    /** The article as JSON, its image at the public address only while the article is public. */
    private NewsJson json(NewsArticle article) {
        return NewsJson.of(article, news.publicAmong(List.of(article.id())).contains(article.id()));
    }
}
