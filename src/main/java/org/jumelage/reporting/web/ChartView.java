package org.jumelage.reporting.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.reporting.Chart;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A chart as the page shows it: title, headings, the SVG, the table's rows and the download
 * addresses, all in the reader's language. The page shows at most {@link #PAGE_ROWS} rows of a
 * chart, its first (the largest, or the newest projects), and says so; the CSV and XLSX files hold
 * every row. An instance's overview has a row per organisation, 2,000 on the EU-size data set: drawn
 * and tabled whole, that page was 2.6 MB of HTML nobody could read (issue #17).
 *
 * @param chart the rows the page shows
 * @param allRows how many rows the chart has, those the page leaves out included
 * @param rowsHeading what the rows are (year, country, …), the table's first column
 */
record ChartView(
        Chart chart,
        int allRows,
        String title,
        String rowsHeading,
        List<String> series,
        String svg,
        String csv,
        String xlsx) {

    /** The most rows of one chart a page draws and tables; more than the countries of Europe. */
    static final int PAGE_ROWS = 50;

    /**
     * @param download the address of the data without the format, for example {@code /dashboards/data}
     */
    static ChartView of(
            Chart chart, MessageSource messages, Locale locale, String download, @Nullable Long organisation) {
        String title = title(chart, messages, locale);
        List<String> series = series(chart, messages, locale);
        Chart shown = chart.firstRows(PAGE_ROWS);
        return new ChartView(
                shown,
                chart.rows().size(),
                title,
                rowsHeading(chart, messages, locale),
                series,
                ChartSvg.render(shown, "chart-" + chart.id() + "-svg", title, series, locale),
                address(download, ChartFiles.Format.CSV, chart, organisation),
                address(download, ChartFiles.Format.XLSX, chart, organisation));
    }

    /** Whether the page leaves rows of the chart out (the files have them). */
    public boolean cut() {
        return allRows > chart.rows().size();
    }

    static String title(Chart chart, MessageSource messages, Locale locale) {
        return messages.getMessage("reporting.chart." + chart.id() + ".title", null, locale);
    }

    static String rowsHeading(Chart chart, MessageSource messages, Locale locale) {
        return messages.getMessage("reporting.chart." + chart.id() + ".rows", null, locale);
    }

    static List<String> series(Chart chart, MessageSource messages, Locale locale) {
        return chart.series().stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
    }

    /** The first column's heading, then the series': the headings of the table and the files. */
    static List<String> headings(Chart chart, MessageSource messages, Locale locale) {
        List<String> headings = new java.util.ArrayList<>();
        headings.add(rowsHeading(chart, messages, locale));
        headings.addAll(series(chart, messages, locale));
        return headings;
    }

    private static String address(String download, ChartFiles.Format format, Chart chart, @Nullable Long organisation) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(download + "." + format.extension())
                .queryParam("chart", chart.id());
        if (organisation != null) {
            uri.queryParam("organisation", organisation);
        }
        return uri.build().toUriString();
    }
}
