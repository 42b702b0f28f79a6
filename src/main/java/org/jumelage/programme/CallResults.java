package org.jumelage.programme;

import java.util.List;
import java.util.Optional;
import org.jumelage.account.SignedInUser;

/**
 * The results of the catalogue's calls: the published figures of the data file
 * ({@code programme/calls.json}, see {@link ProgrammeCatalogue}) with the figures administrators
 * recorded on top. A recorded row (a call and a scope: the whole call or one country) replaces the
 * file's figures of that scope or adds them. Recording, removing and importing are for
 * administrators only and audited; reads are for everyone.
 */
public interface CallResults {

    /** Header of the import file, in this order: {@code call,country,submitted,funded,source}. */
    List<String> CSV_HEADER = List.of("call", "country", "submitted", "funded", "source");

    /** Every call of the catalogue with its merged results, by measure in catalogue order, newest call first. */
    List<CallSummary> calls();

    /** The call with its merged results, or empty when the catalogue has none. */
    Optional<CallSummary> call(String code);

    /** The administrators' recorded rows, by call code and then scope (whole call first). */
    List<RecordedCallStatistic> recorded();

    /**
     * Records (or replaces) the results of one call and scope. Audited.
     *
     * @throws ProgrammeException invalid input (unknown call or country, no figures, negative counts,
     *     more funded than submitted, a source longer than {@value CallResultsLimits#MAX_SOURCE})
     */
    RecordedCallStatistic record(SignedInUser administrator, CallStatisticInput input);

    /**
     * Removes a recorded row, so the data file's figures (if any) apply again. Audited when a row
     * was removed; removing a row that is not there changes nothing.
     *
     * @param country ISO code, or {@code null}/blank for the whole call's row
     * @return whether a row was removed
     */
    boolean remove(SignedInUser administrator, String callCode, String country);

    /**
     * Imports a CSV file (UTF-8, comma-separated, header {@link #CSV_HEADER}, at most {@value
     * CallResultsLimits#MAX_LINES} lines). Every line is checked; when any is wrong nothing is saved
     * and every problem comes back with its line number. Otherwise each line is recorded as {@link
     * #record} would. Audited once.
     */
    CallStatisticsImport importCsv(SignedInUser administrator, String csv);
}
