package org.jumelage.publicity.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Lists of public ids in the order a public page shows them (the public articles newest first, the
 * public projects most recently published first, the coming events), kept for a generation of the
 * public data ({@link PublicChanges}) until the next time the public pages change by themselves
 * ({@link PublicChangeHorizon}): a page of such a list is then a slice of it, and its length is
 * the list's count. Deciding which of 50,000 articles are public costs about 100 ms on the EU-size
 * data set (every public project and event is hashed), so it is done once per generation instead
 * of twice per request.
 *
 * <p>Nothing is kept while this instance cannot trust that it hears of every change, and a list
 * read while the generation moved on is answered but not kept (it may show the old data).
 */
@Component
class PublicIdLists {

    /** At most this many ids (or their worth of keys) are kept in all (8 bytes each), 16 MB: the EU-size data set's lists many times over. */
    static final long MAX_IDS = 2_000_000;

    private final PublicChanges changes;
    private final PublicChangeHorizon horizon;
    private final Clock clock;
    private final Cache<String, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_IDS)
            .weigher((String key, Kept list) -> weight(key, list.ids()))
            .build();

    PublicIdLists(PublicChanges changes, PublicChangeHorizon horizon, Clock clock) {
        this.changes = changes;
        this.horizon = horizon;
        this.clock = clock;
        changes.onChange(kept::invalidateAll);
    }

    /**
     * The list named by {@code key} (what it lists and its parameters): the kept one while it is
     * still true, else read with {@code read}.
     */
    long[] ids(String key, Supplier<long[]> read) {
        if (!changes.trusted()) {
            return read.get();
        }
        long generation = changes.generation();
        Kept known = kept.getIfPresent(key);
        if (known != null && known.generation() == generation && clock.instant().isBefore(known.expires())) {
            return known.ids();
        }
        // before reading: what is read from now on is true until then at the latest
        Instant expires = horizon.until(generation);
        long[] ids = read.get();
        if (changes.generation() == generation && changes.trusted()) {
            kept.put(key, new Kept(ids, generation, expires));
        }
        return ids;
    }

    /**
     * What a kept list costs, in ids (8 bytes): its ids, and its key, which holds a search from the
     * address (so many long searches cannot fill the memory with keys of empty lists).
     */
    static int weight(String key, long[] ids) {
        return ids.length + key.length() / 4 + 1;
    }

    /** The list kept under the key, if any (for tests). */
    Optional<long[]> kept(String key) {
        return Optional.ofNullable(kept.getIfPresent(key)).map(Kept::ids);
    }

    /** A slice of a list as a page shows it: from {@code offset}, at most {@code limit} ids. */
    static List<Long> slice(long[] ids, long offset, long limit) {
        int from = (int) Math.min(offset, ids.length);
        int to = (int) Math.min(ids.length, from + limit);
        return Arrays.stream(ids, from, to).boxed().toList();
    }

    /** The ids as a list is read from the database. */
    static long[] array(List<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private record Kept(long[] ids, long generation, Instant expires) {}
}
