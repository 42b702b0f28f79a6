package org.jumelage.programme.web;

import java.util.List;

/** A plan whose values are missing or have the wrong form, so that the rules cannot be applied to it. */
final class InvalidPlanException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidPlanException(List<FieldProblem> problems) {
        super("invalid plan: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
