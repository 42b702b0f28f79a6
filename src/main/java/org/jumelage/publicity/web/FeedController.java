package org.jumelage.publicity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.PublicFeeds;
import org.jumelage.publicity.PublicFeeds.FeedDocument;
import org.jumelage.publicity.PublicFeeds.NewsFormat;
import org.jumelage.publicity.PublicityException;
import org.jumelage.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public feeds, without sign-in: RSS 2.0 and Atom 1.0 of the news and iCalendar of the events,
 * of the whole site and per project, in {@code ?lang=} any language of {@code Languages.ALL} (English when absent). Answers carry an
 * ETag and Last-Modified (a conditional request gets 304) and may be cached by anyone for a few
 * minutes. An unknown language is refused with 400, a project that is not public with 404, both
 * as a short plain text in the request's language.
 */
@Controller
class FeedController {

    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    /** How long readers and shared caches may keep a feed without asking again. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final PublicFeeds feeds;
    private final MessageSource messages;

    FeedController(PublicFeeds feeds, MessageSource messages) {
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping("/feeds/news.rss")
    ResponseEntity<byte[]> newsRss(@RequestParam(name = "lang", required = false) @Nullable String lang) {
        return serve(feeds.news(NewsFormat.RSS, null, language(lang)).orElseThrow(), RSS);
    }

    @GetMapping("/feeds/news.atom")
    ResponseEntity<byte[]> newsAtom(@RequestParam(name = "lang", required = false) @Nullable String lang) {
        return serve(feeds.news(NewsFormat.ATOM, null, language(lang)).orElseThrow(), ATOM);
    }

    @GetMapping("/feeds/projects/{id}/news.rss")
    ResponseEntity<byte[]> projectNewsRss(
            @PathVariable long id, @RequestParam(name = "lang", required = false) @Nullable String lang) {
        return serve(feeds.news(NewsFormat.RSS, id, language(lang)).orElseThrow(() -> notPublic(id)), RSS);
    }

    @GetMapping("/feeds/projects/{id}/news.atom")
    ResponseEntity<byte[]> projectNewsAtom(
            @PathVariable long id, @RequestParam(name = "lang", required = false) @Nullable String lang) {
        return serve(feeds.news(NewsFormat.ATOM, id, language(lang)).orElseThrow(() -> notPublic(id)), ATOM);
    }

    @GetMapping("/feeds/events.ics")
    ResponseEntity<byte[]> events(@RequestParam(name = "lang", required = false) @Nullable String lang) {
        return serve(feeds.events(null, language(lang)).orElseThrow(), CALENDAR);
    }

    @GetMapping("/feeds/projects/{id}/events.ics")
    ResponseEntity<byte[]> projectEvents(
            @PathVariable long id, @RequestParam(name = "lang", required = false) @Nullable String lang) {
        return serve(feeds.events(id, language(lang)).orElseThrow(() -> notPublic(id)), CALENDAR);
    }

    /**
     * The feed with its validators; Spring answers 304 itself when the request's If-None-Match or
     * If-Modified-Since matches them.
     */
    private static ResponseEntity<byte[]> serve(FeedDocument document, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
                .eTag(document.etag())
                .lastModified(document.lastModified())
                .body(document.body());
    }

    private static PublicityException notPublic(long projectId) {
        return PublicityException.feedProjectNotFound(projectId);
    }

    private static Locale language(@Nullable String lang) {
        if (lang == null) {
            return Locale.forLanguageTag(Languages.DEFAULT);
        }
        String known = Languages.known(lang);
        if (known == null) {
            throw PublicityException.unknownFeedLanguage(lang);
        }
        return Languages.locale(known);
    }

    /** A refusal as a short text: in the feed's language when it names a known one, else the reader's. */
    @ExceptionHandler(PublicityException.class)
    ResponseEntity<String> refused(PublicityException e, HttpServletRequest request, Locale locale) {
        String lang = request.getParameter("lang");
        Locale language = Languages.known(lang) != null ? Languages.locale(Languages.knownOrDefault(lang)) : locale;
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            // A query parameter that names no feed is a bad request, not a broken business rule.
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status)
                .contentType(TEXT)
                .cacheControl(CacheControl.noStore())
                .body(messages.getMessage(e.messageKey(), e.arguments(), language) + "\n");
    }
}
