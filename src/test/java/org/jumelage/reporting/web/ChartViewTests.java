package org.jumelage.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.jumelage.reporting.Chart;
import org.jumelage.shared.IcuMessageSource;
import org.junit.jupiter.api.Test;

/** What a dashboard page shows of a chart: at most {@link ChartView#PAGE_ROWS} rows, and that it left some out. */
class ChartViewTests {

    static final IcuMessageSource MESSAGES = IcuMessageSource.of("i18n/translation", "i18n/reporting");

    static Chart organisations(int rows) {
        List<Chart.Row> all = new ArrayList<>();
        LongStream.range(0, rows)
                .forEach(i -> all.add(new Chart.Row("Organisation " + i, List.of(rows - i, 1L, 2L, 3L))));
        return new Chart(
                "organisations",
                List.of(
                        "reporting.dashboard.series.projects",
                        "reporting.dashboard.series.events",
                        "reporting.dashboard.series.participants",
                        "reporting.dashboard.series.countries"),
                all,
                List.of(999L, 998L, 997L, 996L));
    }

    @Test
    void aPageShowsTheFirstRowsOfALongChartAndTheFilesKeepThemAll() throws Exception {
        Chart chart = organisations(2_000);

        ChartView view = ChartView.of(chart, MESSAGES, Locale.ENGLISH, "/admin/overview/data", null);

        assertThat(view.cut()).isTrue();
        assertThat(view.allRows()).isEqualTo(2_000);
        assertThat(view.chart().rows())
                .hasSize(ChartView.PAGE_ROWS)
                .isEqualTo(chart.rows().subList(0, ChartView.PAGE_ROWS));
        assertThat(view.chart().totals())
                .as("the totals stay those of every row")
                .isEqualTo(chart.totals());
        assertThat(ChartSvgTests.barWidths(ChartSvgTests.parse(view.svg())))
                .hasSize(ChartView.PAGE_ROWS * chart.series().size());
        assertThat(view.csv()).isEqualTo("/admin/overview/data.csv?chart=organisations");
        assertThat(ChartFiles.render(ChartFiles.Format.CSV, chart, List.of("a", "b", "c", "d", "e"), "Total"))
                .as("the file is made of the whole chart")
                .asString(java.nio.charset.StandardCharsets.UTF_8)
                .contains("Organisation 1999");
    }

    @Test
    void aShortChartIsShownWhole() {
        Chart chart = organisations(ChartView.PAGE_ROWS);

        ChartView view = ChartView.of(chart, MESSAGES, Locale.ENGLISH, "/dashboards/data", 7L);

        assertThat(view.cut()).isFalse();
        assertThat(view.chart()).isSameAs(chart);
        assertThat(view.csv()).isEqualTo("/dashboards/data.csv?chart=organisations&organisation=7");
    }

    @Test
    void theNoteSaysHowManyRowsInEachLanguage() {
        Object[] shownOfAll = {50, 2_001};

        assertThat(MESSAGES.getMessage("reporting.dashboard.cut", shownOfAll, Locale.ENGLISH))
                .isEqualTo("The chart and the table show 50 of 2,001 rows; the CSV and XLSX files hold them all.");
        assertThat(MESSAGES.getMessage("reporting.dashboard.cut", shownOfAll, Locale.forLanguageTag("lv")))
                .isEqualTo("Diagrammā un tabulā ir 50 no 2\u00A0001 rindas; CSV un XLSX datnēs ir visas.");
        assertThat(MESSAGES.getMessage("reporting.dashboard.cut", shownOfAll, Locale.GERMAN))
                .isEqualTo(
                        "Diagramm und Tabelle zeigen 50 von 2.001 Zeilen; die CSV- und XLSX-Dateien enthalten alle.");
        assertThat(MESSAGES.getMessage(
                        "reporting.dashboard.cut", new Object[] {50, 2_002}, Locale.forLanguageTag("lt")))
                .isEqualTo("Diagramoje ir lentelėje rodoma 50 iš 2\u00A0002 eilučių; CSV ir XLSX failuose yra visos.");
    }
}
