package org.jumelage.publicity.domain;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The generation of the public data on this instance: it moves on after every committed change that
 * may alter a public page, made here ({@code PublicChangeDetector}) or on another instance
 * ({@code PublicChangeListener}), and whatever was built from an older generation is out of date.
 * Whether this instance can trust what it knows: on PostgreSQL only while it listens for the other
 * instances' changes (while it does not, it could miss one, so nothing cached may be served).
 */
@Component
public class PublicChanges {

    private final String origin = java.util.UUID.randomUUID().toString();
    private final AtomicLong generation = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean trusted = true;

    /** Names this instance in the notices it sends to the others, so that it can ignore its own. */
    public String origin() {
        return origin;
    }

    /** The current generation; anything built while it stayed the same is up to date. */
    public long generation() {
        return generation.get();
    }

    /** Whether a change made anywhere would be known here (see the class comment). */
    public boolean trusted() {
        return trusted;
    }

    /** Something public may have changed: a new generation, and every listener is told. */
    public void changed() {
        generation.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    /**
     * Whether changes made elsewhere reach this instance: a loss of that knowledge and its return are
     * both a change, since what was missed in between is unknown.
     */
    public void trust(boolean trusted) {
        this.trusted = trusted;
        changed();
    }

    /** Runs the action after every change (on the thread that made or learned of it). */
    public void onChange(Runnable action) {
        listeners.add(action);
    }
}
