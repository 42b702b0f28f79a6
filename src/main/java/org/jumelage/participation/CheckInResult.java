package org.jumelage.participation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a check-in action.
 *
 * @param name the person's first and last name; empty once they have been erased
 * @param presentSince when the person was first recorded present on the day, or {@code null} when not present
 * @param repeated whether the nonce had been processed before, so this is the first answer again
 */
public record CheckInResult(
        CheckInOutcome outcome,
        long registrationId,
        String name,
        String country,
        LocalDate day,
        @Nullable Instant presentSince,
        boolean repeated) {}
