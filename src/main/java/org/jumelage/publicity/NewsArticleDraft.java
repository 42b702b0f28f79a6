package org.jumelage.publicity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * What an editor writes of an article; the image has its own operations.
 *
 * @param slug the wanted address, or {@code null} to derive one from the title
 * @param publishAt the publication date, or {@code null} for "when it is published"
 */
public record NewsArticleDraft(
        @Nullable String slug,
        LocalizedText titles,
        LocalizedText bodies,
        @Nullable Long projectId,
        @Nullable Long eventId,
        List<String> tags,
        @Nullable Instant publishAt) {

    public NewsArticleDraft {
        tags = List.copyOf(tags);
    }
}
