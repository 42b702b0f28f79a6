package org.jumelage.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jumelage.programme.CallStatistics;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.CountryStatistics;
import org.jumelage.programme.RecordedCallStatistic;
import org.junit.jupiter.api.Test;

/** How recorded call results go over the data file's figures. */
class CallResultsMergeTests {

    static final CallSummary FILE = new CallSummary(
            "E4C-2014-TT-2018-03-01",
            "E4C-2014-TT",
            2018,
            LocalDate.of(2018, 3, 1),
            new CallStatistics(
                    382,
                    137,
                    Map.of(
                            "LV",
                            new CountryStatistics(3, 3, List.of("Tukuma novada dome", "Daugavpils pilsētas dome"))),
                    "Daugavpils City Council"));

    static RecordedCallStatistic row(String country, Integer submitted, Integer funded, String source) {
        return new RecordedCallStatistic(
                FILE.code(), country, submitted, funded, source, "admin@jumelage.test", Instant.EPOCH);
    }

    @Test
    void withoutRecordedRowsTheFileStands() {
        assertThat(DefaultCallResults.merge(FILE, List.of())).isSameAs(FILE);
    }

    @Test
    void aWholeCallRowReplacesTheTotalsAndKeepsTheCountries() {
        CallStatistics merged = DefaultCallResults.merge(FILE, List.of(row(null, 400, 140, "EACEA")))
                .statistics();
        assertThat(merged.submitted()).isEqualTo(400);
        assertThat(merged.funded()).isEqualTo(140);
        assertThat(merged.perCountry().get("LV").funded()).isEqualTo(3);
        assertThat(merged.source()).isEqualTo("Daugavpils City Council; EACEA");
    }

    @Test
    void aCountryRowReplacesThatCountryAndAddsOthers() {
        CallStatistics merged = DefaultCallResults.merge(FILE, List.of(row("LV", 4, 1, null), row("LT", 5, 2, null)))
                .statistics();
        assertThat(merged.submitted()).isEqualTo(382);
        assertThat(merged.perCountry().get("LV")).isEqualTo(new CountryStatistics(4, 1, List.of()));
        assertThat(merged.perCountry().get("LT")).isEqualTo(new CountryStatistics(5, 2, List.of()));
        assertThat(merged.source()).isEqualTo("Daugavpils City Council");
    }

    @Test
    void namedApplicantsStayWhenTheyFitTheRecordedCount() {
        CallStatistics merged =
                DefaultCallResults.merge(FILE, List.of(row("LV", 3, 2, null))).statistics();
        assertThat(merged.perCountry().get("LV").fundedApplicants())
                .containsExactly("Tukuma novada dome", "Daugavpils pilsētas dome");
    }
}
