package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

class ReadOnlyTransactionMemoTests {

    private final ReadOnlyTransactionMemo<Long, String> memo = new ReadOnlyTransactionMemo<>();

    /** Every key the memo asked to be made, in order. */
    private final List<Long> made = new ArrayList<>();

    private DataSourceTransactionManager transactions;

    @BeforeEach
    void database() {
        transactions = new DataSourceTransactionManager(
                new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:memo;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** Makes the view of each even key; odd keys are "not found". */
    private Map<Long, String> make(Collection<Long> keys) {
        Map<Long, String> views = new HashMap<>();
        keys.forEach(key -> {
            made.add(key);
            if (key % 2 == 0) {
                views.put(key, "view " + key);
            }
        });
        return views;
    }

    private TransactionTemplate readOnly() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    @Test
    void aReadOnlyTransactionMakesEachViewOnceAndAsksAgainForWhatWasNotFound() {
        Map<Long, String> second = readOnly().execute(status -> {
            assertThat(memo.get(List.of(2L, 3L, 4L), this::make)).containsOnlyKeys(2L, 4L);
            return memo.get(List.of(4L, 5L, 6L), this::make);
        });

        assertThat(second).containsExactlyInAnyOrderEntriesOf(Map.of(4L, "view 4", 6L, "view 6"));
        assertThat(made).containsExactly(2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void oneKeyIsMadeOnceInAReadOnlyTransaction() {
        readOnly().executeWithoutResult(status -> {
            memo.get(List.of(8L), this::make);
            assertThat(memo.get(8L, key -> "made again")).isEqualTo("view 8");
            assertThat(memo.get(10L, key -> "view ten")).isEqualTo("view ten");
            assertThat(memo.get(10L, key -> "made again")).isEqualTo("view ten");
        });

        assertThat(made).containsExactly(8L);
    }

    @Test
    void aTransactionThatMayWriteKeepsNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            memo.get(List.of(2L), this::make);
            memo.get(List.of(2L), this::make);
        });

        assertThat(made).containsExactly(2L, 2L);
    }

    @Test
    void withoutATransactionNothingIsKept() {
        memo.get(List.of(2L), this::make);
        memo.get(List.of(2L), this::make);

        assertThat(made).containsExactly(2L, 2L);
    }

    @Test
    void theMemoEndsWithItsTransaction() {
        readOnly().executeWithoutResult(status -> memo.get(List.of(2L), this::make));
        readOnly().executeWithoutResult(status -> memo.get(List.of(2L), this::make));

        assertThat(made).containsExactly(2L, 2L);
    }

    @Test
    void aTransactionThatMayWriteInsideAReadOnlyOneKeepsNothingAndLeavesItsMemoAlone() {
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        readOnly().executeWithoutResult(status -> {
            memo.get(List.of(2L), this::make);
            inner.executeWithoutResult(nested -> {
                assertThat(memo.get(Set.of(2L), this::make)).containsEntry(2L, "view 2");
                assertThat(memo.get(Set.of(2L), this::make)).containsEntry(2L, "view 2");
            });
            memo.get(List.of(2L), this::make);
        });

        assertThat(made).containsExactly(2L, 2L, 2L);
    }

    @Test
    void aTransactionThatReadsEverythingKeepsAtMostTheLimit() {
        int limit = ReadOnlyTransactionMemo.MAX_KEPT;
        List<Long> many = java.util.stream.LongStream.range(0, limit + 10)
                .map(key -> key * 2)
                .boxed()
                .toList();

        readOnly().executeWithoutResult(status -> {
            assertThat(memo.get(many, this::make)).hasSize(limit + 10);
            made.clear();
            assertThat(memo.get(many, this::make)).hasSize(limit + 10);
        });

        // the views kept are the first MAX_KEPT made, in the order the maker answered them
        assertThat(made).hasSize(10).doesNotHaveDuplicates().isSubsetOf(many);
    }
}
