package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jumelage.participation.AttendanceStatistics;
import org.jumelage.participation.PublicAttendance;
import org.junit.jupiter.api.Test;

/** How the information page lists the counts it gets from participation. */
class InformationPageCountsTests {

    @Test
    void theDefaultHidesSmallGroupsAsTheFunderStatisticsDo() {
        assertThat(InformationPageCounts.EXACT).isFalse();
        assertThat(InformationPageView.SMALLEST_SHOWN).isEqualTo(AttendanceStatistics.SMALLEST_SHOWN);
    }

    @Test
    void shownFiguresComeFirstLargestFirstThenTheOnesWithoutAFigureByName() {
        PublicAttendance.Counts counts = new PublicAttendance.Counts(
                30,
                List.of(
                        new PublicAttendance.CountryCount("PL", null, true),
                        new PublicAttendance.CountryCount("LT", 9, false),
                        new PublicAttendance.CountryCount("DE", null, false),
                        new PublicAttendance.CountryCount("LV", 17, false)));

        List<InformationPageView.CountryRow> rows = InformationPageCounts.rows(counts, Locale.ENGLISH);

        assertThat(rows)
                .extracting(InformationPageView.CountryRow::name)
                .containsExactly("Latvia", "Lithuania", "Germany", "Poland");
        assertThat(rows.get(3).fewer()).isTrue();
        assertThat(rows.get(3).withheld()).isFalse();
        assertThat(rows.get(2).withheld())
                .as("withheld to protect the small one")
                .isTrue();
        assertThat(rows.get(0).participants()).isEqualTo(17);
    }

    @Test
    void countryNamesFollowThePageLanguage() {
        PublicAttendance.Counts counts =
                new PublicAttendance.Counts(6, List.of(new PublicAttendance.CountryCount("LT", 6, false)));

        assertThat(InformationPageCounts.rows(counts, Locale.forLanguageTag("lv")))
                .extracting(InformationPageView.CountryRow::name)
                .containsExactly("Lietuva");
    }
}
