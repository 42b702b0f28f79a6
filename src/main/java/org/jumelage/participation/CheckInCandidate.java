package org.jumelage.participation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * A person on the check-in page.
 *
 * @param delegation the organisation of the person's delegation, or {@code null} without one or when it has no name
 * @param presentSince when the person was recorded present on the day asked about, or {@code null}
 */
public record CheckInCandidate(
        long registrationId,
        String name,
        String country,
        @Nullable LocalizedText delegation,
        @Nullable Instant presentSince) {

    public boolean present() {
        return presentSince != null;
    }
}
