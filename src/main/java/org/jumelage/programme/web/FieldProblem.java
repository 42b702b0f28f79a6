package org.jumelage.programme.web;

import java.util.List;

/**
 * One value of a plan that is missing or wrong.
 *
 * @param field the value's path in the API's JSON, for example {@code events[0].delegations[1].country}
 * @param messageKey the bundle key that says what is wrong
 */
record FieldProblem(String field, String messageKey, List<Object> arguments) {

    FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
