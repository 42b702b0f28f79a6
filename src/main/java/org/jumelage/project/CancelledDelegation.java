package org.jumelage.project;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "What if this delegation cancels": the people one partner sends to one event, left out of the
 * forecast. Written {@code <eventId>-<partnerId>} in addresses ({@code ?without-delegation=12-34}).
 */
public record CancelledDelegation(long eventId, long partnerId) {

    /** The parameter as addresses write it. */
    public String parameter() {
        return eventId + "-" + partnerId;
    }

    /** Reads {@code <eventId>-<partnerId>}; empty for a blank or malformed value. */
    public static Optional<CancelledDelegation> parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String[] parts = value.strip().split("-", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CancelledDelegation(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
