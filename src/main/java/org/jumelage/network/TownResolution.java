package org.jumelage.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

public record TownResolution(String typed, @Nullable TownSummary town, List<TownSummary> candidates) {
    public boolean resolved() {
        return town != null;
    }
}
