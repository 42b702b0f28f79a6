package org.jumelage.network;

import org.jspecify.annotations.Nullable;

public record TownSummary(
        long id,
        String name,
        String country,
        double latitude,
        double longitude,
        long population,
        @Nullable String region) {}
