package org.jumelage.event.domain;

import org.jumelage.event.EventSummary;
import org.jumelage.shared.ReadOnlyTransactionMemo;

/**
 * Events' summaries made once per read-only transaction: a dashboard reads the same events as its
 * projects' events, as their grant plans and by id, and each summary builds the event's texts,
 * hosts and planned people again. Only for events read, never for one being changed.
 */
final class EventSummaries {

    private static final ReadOnlyTransactionMemo<Long, EventSummary> MADE = new ReadOnlyTransactionMemo<>();

    private EventSummaries() {}

    /** The event's summary, made once in a read-only transaction. */
    static EventSummary of(Event event) {
        return MADE.get(event.id(), id -> event.toSummary());
    }
}
