package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsImage;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.storage.FileStorage;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Lead images. {@code /media/news/{id}/lead} is public for public articles only (404 for drafts,
 * scheduled and withdrawn ones, and those about a project or event that is not public), cacheable by
 * anyone for a minute and then revalidated by ETag;
 * {@code /news/{id}/image} shows editors the image of an article that is not public yet.
 */
@Controller
class NewsMediaController {

    static final Duration PUBLIC_MAX_AGE = Duration.ofSeconds(60);

    private final NewsManagement news;
    private final FileStorage files;

    NewsMediaController(NewsManagement news, FileStorage files) {
        this.news = news;
        this.files = files;
    }

    @GetMapping("/media/news/{id}/lead")
    ResponseEntity<InputStreamResource> lead(@PathVariable long id, HttpServletRequest request) {
        Optional<NewsArticle> article = news.publishedById(id).filter(found -> found.image() != null);
        if (article.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        // a minute, then revalidated: withdrawing the article or its project takes the image off within it
        CacheControl cache = CacheControl.maxAge(PUBLIC_MAX_AGE).cachePublic().mustRevalidate();
        return answer(article.get().image(), request, cache, () -> news.publishedImage(id));
    }

    @GetMapping("/news/{id}/image")
    ResponseEntity<InputStreamResource> preview(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, HttpServletRequest request) {
        Optional<NewsImage> image = news.find(me, id).map(NewsArticle::image);
        if (image.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        CacheControl cache = CacheControl.noCache().cachePrivate();
        return answer(image.get(), request, cache, () -> open(image.get().storageKey()));
    }

    /** Opens the stored file, or nothing. */
    private interface Opener {
        Optional<InputStream> open() throws IOException;
    }

    private ResponseEntity<InputStreamResource> answer(
            @Nullable NewsImage image, HttpServletRequest request, CacheControl cache, Opener opener) {
        if (image == null) {
            return ResponseEntity.notFound().build();
        }
        String etag = NewsImages.etag(image);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .build();
        }
        Optional<InputStream> content;
        try {
            content = opener.open();
        } catch (IOException e) {
            content = Optional.empty();
        }
        return content.map(stream -> ResponseEntity.ok()
                        .eTag(etag)
                        .cacheControl(cache)
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .header("X-Content-Type-Options", "nosniff")
                        .body(new InputStreamResource(stream)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private Optional<InputStream> open(String key) throws IOException {
        return files.open(key);
    }
}
