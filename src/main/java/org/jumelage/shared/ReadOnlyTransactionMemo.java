package org.jumelage.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Views worked out once per read-only transaction: a page that asks several modules about the same
 * projects or organisations (the dashboards ask four times for the same 2,000 organisations) maps
 * each entity to its view once. Nothing is written in a read-only transaction, so a view made from
 * an entity stays what the entity would give again; the memo ends with the transaction. Outside a
 * read-only transaction (none, or one that may write) nothing is kept and every call works out its
 * views afresh. A transaction that reads through a whole table (an open data file reads every public
 * project's details and every partner's organisation) keeps at most {@link #MAX_KEPT} views per
 * memo, so the memo cannot grow with the data: a dashboard's 500 projects, 2,000 organisations and
 * 1,544 events fit.
 *
 * @param <K> the key, an entity's id
 * @param <V> the view of it
 */
public final class ReadOnlyTransactionMemo<K, V> {

    /** At most this many views are kept per memo and transaction; later ones are made and not kept. */
    public static final int MAX_KEPT = 5_000;

    /** The key of this memo's map among the transaction's resources. */
    private final Object resource = new Object();

    /**
     * The views of these keys: those already made in this read-only transaction, and the others made
     * by {@code missing} (given the keys not made yet, it answers the views of those it finds). The
     * answer holds only the keys found, in no particular order.
     */
    public Map<K, V> get(Collection<K> keys, Function<Collection<K>, Map<K, V>> missing) {
        Map<K, V> memo = memo();
        if (memo == null) {
            return missing.apply(keys);
        }
        Map<K, V> answer = new LinkedHashMap<>();
        List<K> unknown = new ArrayList<>();
        for (K key : keys) {
            V known = memo.get(key);
            if (known != null) {
                answer.put(key, known);
            } else {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            Map<K, V> made = missing.apply(unknown);
            made.forEach((key, view) -> keep(memo, key, view));
            answer.putAll(made);
        }
        return answer;
    }

    /** The view of one key: the one made in this read-only transaction, else made now by {@code make}. */
    public V get(K key, Function<K, V> make) {
        Map<K, V> memo = memo();
        if (memo == null) {
            return make.apply(key);
        }
        V known = memo.get(key);
        if (known != null) {
            return known;
        }
        V made = make.apply(key);
        keep(memo, key, made);
        return made;
    }

    private static <K, V> void keep(Map<K, V> memo, K key, V view) {
        if (memo.size() < MAX_KEPT) {
            memo.put(key, view);
        }
    }

    /** The current read-only transaction's map, made and bound on first use; {@code null} outside one. */
    @SuppressWarnings("unchecked")
    private @Nullable Map<K, V> memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(resource);
        if (bound != null) {
            return (Map<K, V>) bound;
        }
        Map<K, V> memo = new HashMap<>();
        TransactionSynchronizationManager.bindResource(resource, memo);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(resource);
            }
        });
        return memo;
    }
}
