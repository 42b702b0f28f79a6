package org.jumelage.reporting.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.reporting.Chart;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A chart as the page shows it: title, headings, the SVG, the table's rows and the download
 * addresses, all in the reader's language.
 *
 * @param rowsHeading what the rows are (year, country, …), the table's first column
 * @param download the address of the data without the format, for example {@code /dashboards/data}
 */
record ChartView(
        Chart chart, String title, String rowsHeading, List<String> series, String svg, String csv, String xlsx) {

    static ChartView of(
            Chart chart, MessageSource messages, Locale locale, String download, @Nullable Long organisation) {
        String title = title(chart, messages, locale);
        List<String> series = series(chart, messages, locale);
        return new ChartView(
                chart,
                title,
                rowsHeading(chart, messages, locale),
                series,
                ChartSvg.render(chart, "chart-" + chart.id() + "-svg", title, series, locale),
                address(download, ChartFiles.Format.CSV, chart, organisation),
                address(download, ChartFiles.Format.XLSX, chart, organisation));
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
