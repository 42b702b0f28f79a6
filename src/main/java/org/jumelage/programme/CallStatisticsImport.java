package org.jumelage.programme;

import java.util.List;

/**
 * The outcome of a CSV import of call results: either every line was saved ({@code problems} empty)
 * or none was.
 *
 * @param saved lines saved (0 when there are problems)
 * @param problems what is wrong, by line number (1 = the header), in file order
 */
public record CallStatisticsImport(int saved, List<Problem> problems) {

    public CallStatisticsImport {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    /**
     * One mistake of the file.
     *
     * @param line the line number, 1 being the header
     * @param code stable code, e.g. {@code programme.call-statistic.unknown-call}
     * @param messageKey the message saying it in the reader's language
     * @param arguments the message's arguments
     */
    public record Problem(int line, String code, String messageKey, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }
}
