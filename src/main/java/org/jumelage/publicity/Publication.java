package org.jumelage.publicity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether a project or an event is published, since when, and when the flag last changed.
 *
 * @param publishedAt when it was (last) published; {@code null} while it never was
 * @param changedAt when the flag last changed; {@code null} while it never did
 */
public record Publication(
        boolean published,
        @Nullable Instant publishedAt,
        @Nullable Instant changedAt) {

    /** The state of everything nobody has published yet. */
    public static final Publication UNPUBLISHED = new Publication(false, null, null);
}
