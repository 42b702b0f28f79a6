package org.jumelage.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Outcome of turning typed text into a town.
 *
 * @param typed the text as it was typed
 * @param town the town the text stands for, or {@code null} when it is not clear which
 * @param candidates when {@code town} is {@code null}: the towns the text may mean (at most 10,
 *     largest first), possibly none; empty when the text resolved
 */
public record TownResolution(String typed, @Nullable TownSummary town, List<TownSummary> candidates) {

    public TownResolution {
        candidates = List.copyOf(candidates);
    }

    public boolean resolved() {
        return town != null;
    }

    /**
     * The typed text as a place's written name: without a trailing GeoNames id or country code in
     * parentheses that a town field may have added ({@code "Bistrica (SI)"} → {@code "Bistrica"}).
     */
    public String writtenName() {
        return typed.strip().replaceFirst("\\s*\\((\\d+|[A-Za-z]{2})\\)$", "");
    }
}
