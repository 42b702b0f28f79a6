package org.jumelage.participation;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with one row of a delegation list.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param column the column concerned, or {@code null} for the row as a whole
 * @param messageKey the message key, formatted with {@code arguments} in the reader's language
 */
public record DelegationImportProblem(
        int row, @Nullable DelegationListColumn column, String messageKey, Object... arguments) {}
