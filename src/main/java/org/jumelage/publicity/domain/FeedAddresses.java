package org.jumelage.publicity.domain;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.Languages;

/**
 * The absolute addresses the feeds link to, built on the instance's public URL, and the stable
 * identifiers of their items: the addresses of the public site and the feeds are the contract of
 * issue 6 (see docs/architecture.md).
 */
final class FeedAddresses {

    private final String base;
    private final String host;

    FeedAddresses(String publicUrl) {
        String trimmed = publicUrl.strip();
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        this.host = hostOf(base);
    }

    String host() {
        return host;
    }

    String home(Locale language) {
        return base + "/" + Languages.tagOf(language);
    }

    String project(Locale language, long projectId) {
        return home(language) + "/projects/" + projectId;
    }

    String event(Locale language, long eventId) {
        return home(language) + "/events/" + eventId;
    }

    /** The absolute address of an event's public information page ({@link org.jumelage.publicity.InformationPage#path}). */
    String informationPage(Locale language, long eventId) {
        return base + org.jumelage.publicity.InformationPage.path(language, eventId);
    }

    String article(Locale language, String slug) {
        return home(language) + "/news/" + slug;
    }

    String leadImage(long articleId) {
        return base + "/media/news/" + articleId + "/lead";
    }

    /** The feed's own address, as {@code rel="self"} names it: {@code /feeds/[projects/{id}/]<name>?lang=xx}. */
    String feed(@Nullable Long projectId, String name, Locale language) {
        String scope = projectId == null ? "/feeds/" : "/feeds/projects/" + projectId + "/";
        return base + scope + name + "?lang=" + Languages.tagOf(language);
    }

    /**
     * The id of an article in one language's feeds (RFC 4151 tag URI): it names the article by its
     * number, so it stays the same when the title or slug change, and differs per language because
     * the two feeds carry different texts.
     */
    String articleTag(long articleId, Instant createdAt, Locale language) {
        LocalDate day = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        return "tag:" + host + "," + day + ":news/" + articleId + "/" + Languages.tagOf(language);
    }

    /**
     * The UID of a public event: the same as the confirmation mail's {@code .ics} uses (see
     * event/domain/EventCalendar), so a calendar that has both knows they are one event.
     */
    String eventUid(long eventId) {
        return "jumelage-event-" + eventId + "@" + host;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "jumelage" : host;
        } catch (IllegalArgumentException e) {
            return "jumelage";
        }
    }
}
