package org.jumelage.publicity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.publicity.NewsArticle;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.NewsMarkdown;
import org.jumelage.publicity.PublicContent;
import org.jumelage.publicity.PublicFeeds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the public feeds from the public read model only ({@link PublicContent} and the public
 * reads of news): a feed of a project that is not public does not exist.
 */
@Service
@Transactional(readOnly = true)
class DefaultPublicFeeds implements PublicFeeds {

    /** DTSTAMP and feed dates when nothing public has ever changed (an empty instance). */
    private static final Instant NEVER = Instant.EPOCH;

    /** Articles in a news feed: the newest ones. */
    static final int NEWS_ITEMS = 50;

    /**
     * Events in the whole site's calendar: those ending from {@value #EVENTS_PAST_DAYS} days ago on,
     * soonest first, then as many of the latest ones before as there is room for.
     */
    static final int EVENT_ITEMS = 200;

    /** How far back the whole site's calendar keeps events that are over, in days. */
    static final int EVENTS_PAST_DAYS = 30;

    private final PublicContent content;
    private final MessageSource messages;
    private final FeedAddresses addresses;
    private final FeedVersions versions;
    private final NewsManagement news;
    private final NewsFeedWriter writer;
    private final Clock clock;

    DefaultPublicFeeds(
            PublicContent content,
            NewsManagement news,
            NewsMarkdown markdown,
            MessageSource messages,
            Clock clock,
            @Value("${jumelage.public-url:http://localhost:8080}") String publicUrl) {
        this.content = content;
        this.messages = messages;
        this.addresses = new FeedAddresses(publicUrl);
        this.versions = new FeedVersions(clock);
        this.news = news;
        this.writer = new NewsFeedWriter(addresses, markdown);
        this.clock = clock;
    }

    @Override
    public Optional<FeedDocument> news(NewsFormat format, @Nullable Long projectId, Locale language) {
        String title;
        String description;
        String alternate;
        Instant updated = content.lastPublicationChange().orElse(NEVER);
        if (projectId == null) {
            title = message("publicity.feeds.news.title", language);
            description = message("publicity.feeds.news.description", language);
            alternate = addresses.home(language);
        } else {
            Optional<ProjectDetails> project = content.project(projectId);
            if (project.isEmpty()) {
                return Optional.empty();
            }
            String label = project.get().summary().label(language);
            title = message("publicity.feeds.project-news.title", language, label);
            description = message("publicity.feeds.project-news.description", language, label);
            alternate = addresses.project(language, projectId);
            updated = latest(updated, project.get().updatedAt());
        }
        // news.published keeps out articles about projects and events that are not (or no longer) public
        List<NewsArticle> articles = news.published(projectId, null, null, PageRequest.of(0, NEWS_ITEMS))
                .getContent();
        for (NewsArticle article : articles) {
            updated = latest(updated, NewsFeedWriter.updated(article));
        }
        String name = format == NewsFormat.RSS ? "news.rss" : "news.atom";
        String self = addresses.feed(projectId, name, language);
        NewsFeedWriter.About about = new NewsFeedWriter.About(
                title, description, message("publicity.feeds.author", language), alternate, self, updated);
        byte[] body = writer.write(format, about, articles, language);
        return Optional.of(versions.document(self, body));
    }

    @Override
    public Optional<FeedDocument> events(@Nullable Long projectId, Locale language) {
        List<EventSummary> events;
        String name;
        String description;
        Instant stamp = content.lastPublicationChange().orElse(NEVER);
        Map<Long, String> labels = new HashMap<>();
        if (projectId == null) {
            // bounded in SQL: the events that end from a month ago on, soonest first, with their projects only
            java.time.LocalDate from = java.time.LocalDate.now(clock).minusDays(EVENTS_PAST_DAYS);
            events = new java.util.ArrayList<>(content.upcomingEvents(from, EVENT_ITEMS));
            if (events.size() < EVENT_ITEMS) {
                // a site with few coming events shows its latest past ones as well
                events.addAll(content.pastEvents(from, EVENT_ITEMS - events.size()));
            }
            name = message("publicity.feeds.events.title", language);
            description = message("publicity.feeds.events.description", language);
            content.projects(events.stream()
                            .map(EventSummary::projectId)
                            .distinct()
                            .toList())
                    .forEach(project -> labels.put(project.id(), project.label(language)));
        } else {
            Optional<ProjectDetails> project = content.project(projectId);
            if (project.isEmpty()) {
                return Optional.empty();
            }
            String label = project.get().summary().label(language);
            events = content.events(project.get());
            name = message("publicity.feeds.project-events.title", language, label);
            description = message("publicity.feeds.project-events.description", language, label);
            stamp = latest(stamp, project.get().updatedAt());
            labels.put(projectId, label);
        }
        byte[] body = EventFeedCalendar.ics(
                events,
                language,
                name,
                description,
                id -> message("publicity.feeds.event.project", language, labels.getOrDefault(id, "")),
                stamp,
                addresses);
        return Optional.of(versions.document(addresses.feed(projectId, "events.ics", language), body));
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    private static Instant latest(Instant first, Instant second) {
        return first.isAfter(second) ? first : second;
    }
}
