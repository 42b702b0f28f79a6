package org.jumelage.publicity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.event.UnrestrictedEventReads;
import org.jumelage.network.PartnerNotice;
import org.jumelage.network.PartnerNotices;
import org.jumelage.publicity.PublicContent;
import org.jumelage.publicity.persistence.NewsStore;
import org.jumelage.publicity.persistence.PublicationStore;
import org.jumelage.publicity.persistence.PublicationStore.Subject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sitemap lists, split into files that each stay far below the 50,000 addresses and 50 MB
 * of the sitemaps.org protocol: the site's lists in one file, then the public projects, events
 * (with their information pages), organisations and articles by ranges of {@value #RANGE} ids, and
 * the current partner notices {@value #NOTICES_PER_FILE} a file. A range is read with the public
 * rule in SQL ({@link PublicationStore}, {@code NewsStore}'s public articles), so no file reads more
 * than its own rows, and the index needs only the largest id of each table (a primary key or index
 * read), not a count of what is public. A range in which nothing is public is an empty file.
 */
@Component
@Transactional(readOnly = true)
public class SiteMapReader {

    /** Ids per file: a file lists at most this many pages (events twice: page and information page). */
    public static final int RANGE = 500;

    /** Partner notices per file. */
    public static final int NOTICES_PER_FILE = 1_000;

    /** The files after the first, each named {@code <name>-<number>.xml}. */
    public enum Part {
        PROJECTS("projects"),
        EVENTS("events"),
        ORGANISATIONS("organisations"),
        NEWS("news"),
        NOTICES("notices");

        private final String fileName;

        Part(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }

        public static Optional<Part> named(String name) {
            for (Part part : values()) {
                if (part.fileName.equals(name)) {
                    return Optional.of(part);
                }
            }
            return Optional.empty();
        }
    }

    /** A public page: what follows the language in its address, and when its data last changed (if known). */
    public record Entry(String path, @Nullable Instant lastModified) {}

    private final PublicContent content;
    private final PublicationStore publications;
    private final NewsStore news;
    private final UnrestrictedEventReads events;
    private final InformationPageReader information;
    private final PartnerNotices notices;
    private final Clock clock;

    SiteMapReader(
            PublicContent content,
            PublicationStore publications,
            NewsStore news,
            UnrestrictedEventReads events,
            InformationPageReader information,
            PartnerNotices notices,
            Clock clock) {
        this.content = content;
        this.publications = publications;
        this.news = news;
        this.events = events;
        this.information = information;
        this.notices = notices;
        this.clock = clock;
    }

    /** How many files a part has (0 when there is nothing to list). */
    public int files(Part part) {
        long largest = switch (part) {
            case PROJECTS -> publications.largestId(Subject.PROJECT);
            case EVENTS -> publications.largestId(Subject.EVENT);
            case ORGANISATIONS -> publications.largestPartnerOrganisationId();
            case NEWS -> news.largestId();
            case NOTICES -> notices.current(PageRequest.of(0, 1)).getTotalElements();
        };
        int per = part == Part.NOTICES ? NOTICES_PER_FILE : RANGE;
        return (int) Math.min(Integer.MAX_VALUE, (largest + per - 1) / per);
    }

    /** The site's lists: home, projects, news, partner notices. */
    public List<Entry> lists() {
        Instant publication = content.lastPublicationChange().orElse(null);
        Instant newest = news.published(null, null, null, clock.instant(), 0, 1).stream()
                .map(row -> later(row.updatedAt(), row.publishAt()))
                .findFirst()
                .orElse(publication);
        return List.of(
                new Entry("", publication),
                new Entry("/projects", publication),
                new Entry("/news", newest),
                new Entry("/partner-notices", null));
    }

    /** The pages of file {@code number} (from 1) of a part; empty when the part has no such file. */
    public Optional<List<Entry>> entries(Part part, int number) {
        if (number < 1 || number > files(part)) {
            return Optional.empty();
        }
        long first = (long) (number - 1) * RANGE + 1;
        long last = (long) number * RANGE;
        List<Entry> entries = new ArrayList<>();
        switch (part) {
            case PROJECTS ->
                publications
                        .publicProjectsBetween(first, last)
                        .forEach(
                                project -> entries.add(new Entry("/projects/" + project.id(), project.lastModified())));
            case EVENTS -> {
                List<EventSummary> shown =
                        events.findAllUnrestricted(publications.publicEventsBetween(first, last)).stream()
                                .sorted(java.util.Comparator.comparingLong(EventSummary::id))
                                .toList();
                Map<Long, Instant> projects = publications.publicProjectChanges(
                        shown.stream().map(EventSummary::projectId).collect(java.util.stream.Collectors.toSet()));
                for (EventSummary event : shown) {
                    Instant changed = projects.get(event.projectId());
                    entries.add(new Entry("/events/" + event.id(), changed));
                    if (information.page(event, Locale.ENGLISH).isPresent()) {
                        entries.add(new Entry("/events/" + event.id() + "/information", changed));
                    }
                }
            }
            case ORGANISATIONS ->
                publications
                        .publicOrganisationsBetween(first, last)
                        .forEach(organisation -> entries.add(
                                new Entry("/organisations/" + organisation.id(), organisation.lastModified())));
            case NEWS ->
                news.publishedBetween(first, last, clock.instant())
                        .forEach(article -> entries.add(
                                new Entry("/news/" + article.slug(), later(article.updatedAt(), article.publishAt()))));
            case NOTICES -> {
                Page<PartnerNotice> page = notices.current(PageRequest.of(number - 1, NOTICES_PER_FILE));
                page.forEach(notice -> entries.add(new Entry("/partner-notices/" + notice.id(), notice.updatedAt())));
            }
        }
        return Optional.of(entries);
    }

    private static Instant later(Instant one, @Nullable Instant other) {
        return other == null || one.isAfter(other) ? one : other;
    }
}
