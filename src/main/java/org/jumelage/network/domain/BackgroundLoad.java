package org.jumelage.network.domain;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for a reference-data load started in the background at start. */
final class BackgroundLoad {

    private BackgroundLoad() {}

    /** Waits for the load; a failed load fails the caller (the start) with the load's own exception. */
    static <T> T await(CompletableFuture<T> load) {
        try {
            return load.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
