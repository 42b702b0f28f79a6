package org.jumelage.shared;

/**
 * How many entities' collections of one kind (a project's partners, an event's hosts) Hibernate
 * loads in one statement, the one figure every entity's {@code @BatchSize} names. When a page reads
 * many entities and then their collections, the first collection touched loads those of up to this
 * many entities of the transaction together. Hibernate sends the keys as one array parameter
 * ({@code = any (?)}), so a large batch is still one short statement.
 *
 * <p>Why 1,000 (issue #17): a dashboard reads 500 projects and their 1,544 events; with batches of 50
 * it sent 10 statements for each of the projects' collections and 31 for each of the events', 62 of
 * its 106 statements.
 */
public final class CollectionBatches {

    /** The batch of every lazily loaded collection. */
    public static final int SIZE = 1_000;

    private CollectionBatches() {}
}
