package org.jumelage.reporting.domain;

import java.util.List;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.reporting.FinalReport;
import org.jumelage.shared.Languages;

/**
 * The public site's addresses the report cites, absolute on {@code jumelage.public-url}, as the
 * publicity module serves them: {@code /{lang}/projects/{id}}, {@code /{lang}/events/{id}}, {@code
 * /{lang}/news/{slug}} and the project's feeds under {@code /feeds/projects/{id}/}.
 */
final class PublicAddresses {

    private final String base;

    PublicAddresses(String publicUrl) {
        String trimmed = publicUrl.strip();
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    String event(long eventId, String language) {
        // any language the public site has (a participant's); the report's own lists are in the staff languages
        return base + "/" + Languages.knownOrDefault(language) + "/events/" + eventId;
    }

    List<FinalReport.Address> projectPages(long projectId) {
        return Languages.SUPPORTED.stream()
                .map(language -> new FinalReport.Address(language, base + "/" + language + "/projects/" + projectId))
                .toList();
    }

    List<FinalReport.Address> eventPages(long eventId) {
        return Languages.SUPPORTED.stream()
                .map(language -> new FinalReport.Address(language, event(eventId, language)))
                .toList();
    }

    List<FinalReport.Address> news(NewsArticle article) {
        return Languages.SUPPORTED.stream()
                .map(language -> new FinalReport.Address(language, base + "/" + language + "/news/" + article.slug()))
                .toList();
    }

    List<FinalReport.Feed> feeds(long projectId, Texts texts) {
        String root = base + "/feeds/projects/" + projectId;
        return Languages.SUPPORTED.stream()
                .flatMap(language -> java.util.stream.Stream.of(
                        new FinalReport.Feed(
                                "news-rss",
                                texts.get("reporting.report.feed.news-rss"),
                                language,
                                root + "/news.rss?lang=" + language),
                        new FinalReport.Feed(
                                "news-atom",
                                texts.get("reporting.report.feed.news-atom"),
                                language,
                                root + "/news.atom?lang=" + language),
                        new FinalReport.Feed(
                                "events-ics",
                                texts.get("reporting.report.feed.events-ics"),
                                language,
                                root + "/events.ics?lang=" + language)))
                .toList();
    }
}
