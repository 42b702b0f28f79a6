package org.jumelage.publicity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.NewsStatus;
import org.jumelage.publicity.PublicityException;
import org.jumelage.shared.LocalizedText;
import org.jumelage.shared.TextLimits;

/** The rules of an article's text, tags, publication date and status: pure, no Spring, no database. */
final class NewsRules {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 100_000;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 60;
    static final int MAX_ALT = 300;

    /** Nothing we publish about is older: an earlier date is a typing mistake (1018 for 2018). */
    static final Instant EARLIEST =
            LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    /** How far ahead an article may be scheduled. */
    static final int MAX_YEARS_AHEAD = 2;

    private NewsRules() {}

    /**
     * Draft until published; scheduled while the publication date is still to come; then published.
     * The editors' status only: whether the public may read the article also depends on its project
     * and event ({@code NewsStore.publicWhere}, the one definition).
     */
    static NewsStatus status(boolean published, @Nullable Instant publishAt, Instant now) {
        if (!published) {
            return NewsStatus.DRAFT;
        }
        return publishAt != null && publishAt.isAfter(now) ? NewsStatus.SCHEDULED : NewsStatus.PUBLISHED;
    }

    static void checkTexts(LocalizedText titles, LocalizedText bodies) {
        if (titles.isEmpty()) {
            throw PublicityException.newsTitleRequired();
        }
        titles.all().forEach((tag, text) -> checkLength(LocalizedText.field("title", tag), text, MAX_TITLE));
        bodies.all().forEach((tag, text) -> checkLength(LocalizedText.field("body", tag), text, MAX_BODY));
    }

    static void checkAlt(LocalizedText alt) {
        if (alt.isEmpty()) {
            throw PublicityException.newsImageAltRequired();
        }
        alt.all().forEach((tag, text) -> {
            if (text.length() > MAX_ALT) {
                throw PublicityException.newsImageAltTooLong(LocalizedText.field("alt", tag), MAX_ALT);
            }
        });
    }

    private static void checkLength(String field, @Nullable String text, int max) {
        if (TextLimits.tooLong(text, max)) {
            throw PublicityException.newsTextTooLong(field, max);
        }
    }

    /**
     * Tags as stored: trimmed, inner spaces collapsed, a leading {@code #} dropped, lower case,
     * without blanks and repeats, in the order given.
     */
    static List<String> tags(List<String> wanted) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : wanted) {
            if (tag == null) {
                continue;
            }
            String normal = tag.strip().replaceAll("\\s+", " ");
            while (normal.startsWith("#")) {
                normal = normal.substring(1).strip();
            }
            normal = normal.toLowerCase(Locale.ROOT);
            if (normal.isEmpty()) {
                continue;
            }
            if (normal.length() > MAX_TAG) {
                throw PublicityException.newsTagTooLong(normal, MAX_TAG);
            }
            tags.add(normal);
        }
        if (tags.size() > MAX_TAGS) {
            throw PublicityException.newsTooManyTags(MAX_TAGS);
        }
        return new ArrayList<>(tags);
    }

    /** Refuses a publication date before 2000 or more than two years from now. */
    static void checkPublishAt(@Nullable Instant publishAt, Instant now) {
        if (publishAt == null) {
            return;
        }
        if (publishAt.isBefore(EARLIEST)) {
            throw PublicityException.newsDateTooEarly(
                    LocalDate.ofInstant(EARLIEST, ZoneOffset.UTC).toString());
        }
        Instant latest = latest(now);
        if (publishAt.isAfter(latest)) {
            throw PublicityException.newsDateTooLate(
                    LocalDate.ofInstant(latest, ZoneOffset.UTC).toString());
        }
    }

    static Instant latest(Instant now) {
        return now.atZone(ZoneOffset.UTC).plusYears(MAX_YEARS_AHEAD).toInstant();
    }
}
