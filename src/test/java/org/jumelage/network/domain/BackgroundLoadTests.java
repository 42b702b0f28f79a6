package org.jumelage.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A start waits for a background load and fails with the load's own exception. */
class BackgroundLoadTests {

    @Test
    void answersTheLoadsResult() {
        assertThat(BackgroundLoad.await(CompletableFuture.completedFuture(64_880)))
                .isEqualTo(64_880);
    }

    @Test
    void aFailedLoadFailsTheCallerWithItsOwnException() {
        UncheckedIOException failure =
                new UncheckedIOException("Cannot read the town gazetteer", new java.io.IOException("gone"));
        CompletableFuture<Integer> load = CompletableFuture.supplyAsync(() -> {
            throw failure;
        });

        assertThatThrownBy(() -> BackgroundLoad.await(load)).isSameAs(failure);
    }

    @Test
    void aLoadQueuedAfterAFailedOneFailsToo() {
        IllegalStateException failure = new IllegalStateException("no towns");
        CompletableFuture<Integer> towns = CompletableFuture.failedFuture(failure);
        CompletableFuture<Integer> links = towns.thenApply(count -> count + 1);

        assertThatThrownBy(() -> BackgroundLoad.await(links)).isSameAs(failure);
    }
}
