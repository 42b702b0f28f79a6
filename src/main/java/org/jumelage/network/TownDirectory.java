package org.jumelage.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

public interface TownDirectory {
    List<TownSummary> search(String query, @Nullable String country, int limit);

    Optional<TownSummary> find(long id);

    Map<Long, TownSummary> findAll(Collection<Long> ids);

    TownResolution resolve(String typed, @Nullable String country);
}
