package org.jumelage.participation;

import java.util.List;

/**
 * What checking or importing a delegation list found.
 *
 * @param rows the data rows read (empty rows are skipped)
 * @param validRows the rows without a problem
 * @param imported the rows stored as registrations: 0 when only checked, or refused
 * @param problems every problem by row and column, in file order
 */
public record DelegationImportReport(int rows, int validRows, int imported, List<DelegationImportProblem> problems) {

    public DelegationImportReport {
        problems = List.copyOf(problems);
    }

    public boolean allValid() {
        return problems.isEmpty();
    }
}
