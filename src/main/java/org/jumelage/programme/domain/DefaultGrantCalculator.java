package org.jumelage.programme.domain;

import java.util.concurrent.atomic.AtomicReference;
import org.jumelage.programme.GrantCalculator;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.GrantPlan;

/**
 * Evaluates plans with the rule book in force. An administrator's override swaps the book at once,
 * without a restart; evaluations already running finish with the book they started with.
 */
final class DefaultGrantCalculator implements GrantCalculator {

    private final AtomicReference<RuleBook> book;

    DefaultGrantCalculator(RuleBook book) {
        this.book = new AtomicReference<>(book);
    }

    @Override
    public GrantEvaluation evaluate(GrantPlan plan) {
        return book.get().evaluate(plan);
    }

    RuleBook book() {
        return book.get();
    }

    void replace(RuleBook next) {
        book.set(next);
    }
}
