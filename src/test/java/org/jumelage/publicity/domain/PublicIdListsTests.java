package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jumelage.support.MutableClock;
import org.junit.jupiter.api.Test;

class PublicIdListsTests {

    static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final PublicChanges changes = new PublicChanges();
    final PublicChangeHorizon horizon = mock(PublicChangeHorizon.class);
    final PublicIdLists lists = new PublicIdLists(changes, horizon, clock);
    final AtomicInteger reads = new AtomicInteger();

    {
        when(horizon.until(anyLong())).thenReturn(NOW.plus(Duration.ofMinutes(10)));
    }

    Supplier<long[]> reading(long... ids) {
        return () -> {
            reads.incrementAndGet();
            return ids;
        };
    }

    @Test
    void aPageIsASliceOfTheList() {
        long[] ids = {5, 4, 3, 2, 1};
        assertThat(PublicIdLists.slice(ids, 0, 2)).containsExactly(5L, 4L);
        assertThat(PublicIdLists.slice(ids, 4, 2)).containsExactly(1L);
        assertThat(PublicIdLists.slice(ids, 6, 2)).isEmpty();
        assertThat(PublicIdLists.slice(ids, 2, Integer.MAX_VALUE)).containsExactly(3L, 2L, 1L);
    }

    @Test
    void aListCostsItsIdsAndItsKey() {
        assertThat(PublicIdLists.weight("news", new long[] {3, 2, 1})).isEqualTo(5);
        assertThat(PublicIdLists.weight("projects null " + "x".repeat(4_000), new long[0]))
                .as("an empty list kept for a long search costs its key")
                .isGreaterThan(1_000);
    }

    @Test
    void theListIsReadOncePerGenerationAndPerKey() {
        assertThat(lists.ids("news", reading(3, 2, 1))).containsExactly(3, 2, 1);
        assertThat(lists.ids("news", reading(9))).containsExactly(3, 2, 1);
        assertThat(lists.ids("news#youth", reading(2))).containsExactly(2);
        assertThat(lists.ids("news#youth", reading(9))).containsExactly(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeAnywhereMakesTheNextRequestReadAgain() {
        lists.ids("news", reading(3, 2, 1));
        changes.changed();
        assertThat(lists.kept("news")).isEmpty();
        assertThat(lists.ids("news", reading(4, 3, 2, 1))).containsExactly(4, 3, 2, 1);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aScheduledArticleEndsTheListAtItsPublicationTime() {
        lists.ids("news", reading(1));
        clock.advance(Duration.ofMinutes(10));
        assertThat(lists.ids("news", reading(2, 1))).containsExactly(2, 1);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aListReadWhileSomethingChangedIsAnsweredButNotKept() {
        Supplier<long[]> changedMeanwhile = () -> {
            changes.changed();
            return new long[] {1};
        };
        assertThat(lists.ids("news", changedMeanwhile)).containsExactly(1);
        assertThat(lists.kept("news")).isEmpty();
    }

    @Test
    void nothingIsKeptWhileChangesElsewhereMightBeMissed() {
        changes.trust(false);
        lists.ids("news", reading(1));
        lists.ids("news", reading(1));
        assertThat(reads).hasValue(2);
        assertThat(lists.kept("news")).isEmpty();
        changes.trust(true);
        lists.ids("news", reading(1));
        assertThat(lists.kept("news")).hasValueSatisfying(ids -> assertThat(ids).containsExactly(1));
    }
}
