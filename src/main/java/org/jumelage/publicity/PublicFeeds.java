package org.jumelage.publicity;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The public feeds: RSS 2.0 and Atom 1.0 of public news, and iCalendar of public events, of the
 * whole site or of one public project, in Latvian or English. They read only through
 * {@link PublicContent} and the public reads of {@link NewsManagement}, so nothing unpublished
 * appears. Links in them are absolute, built on {@code jumelage.public-url}.
 */
public interface PublicFeeds {

    /** The two syndication formats of the news feed. */
    enum NewsFormat {
        RSS,
        ATOM
    }

    /**
     * A feed as it is served.
     *
     * @param body the document (UTF-8)
     * @param etag a strong validator of the body, without quotes
     * @param lastModified when this instance first served this exact body
     */
    record FeedDocument(byte[] body, String etag, Instant lastModified) {}

    /**
     * Public news, newest first: of the whole site ({@code projectId} null) or of one project.
     *
     * @return empty when the project is not public
     */
    Optional<FeedDocument> news(NewsFormat format, @Nullable Long projectId, Locale language);

    /**
     * Public events, by start date: of the whole site ({@code projectId} null) or of one project.
     *
     * @return empty when the project is not public
     */
    Optional<FeedDocument> events(@Nullable Long projectId, Locale language);
}
