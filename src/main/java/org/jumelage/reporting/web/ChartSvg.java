package org.jumelage.reporting.web;

import java.util.List;
import java.util.Locale;
import org.jumelage.reporting.Chart;
import org.jumelage.shared.LocalFormats;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a chart as an SVG of horizontal bars, on the server, without script or inline style (the
 * Content-Security-Policy allows neither): one group of bars per row, one bar per series, each bar's
 * length proportional to its value against the chart's largest, its number written after it. The
 * SVG is an image with a title ({@code role="img"}); the page follows it with the same data as a
 * table, so it reads without the picture. Every text is escaped.
 */
final class ChartSvg {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 210;
    static final int BAR_WIDTH = 420;
    static final int BAR_HEIGHT = 14;
    static final int ROW_GAP = 10;
    static final int LEGEND_HEIGHT = 26;
    static final int LONGEST_LABEL = 30;

    /**
     * Colours of the series, each at least 4.5:1 against white (WCAG 1.4.11 asks 3:1 of graphics)
     * and told apart by the legend and the written numbers, not by colour alone.
     */
    static final List<String> COLOURS = List.of("#0a58ca", "#a04000", "#146c43", "#6f42c1", "#495057", "#8a5a00");

    private ChartSvg() {}

    /**
     * @param id the chart's element id, unique on the page
     * @param title the chart's title in the reader's language
     * @param series the series' names in the reader's language, one per series of the chart
     */
    static String render(Chart chart, String id, String title, List<String> series, Locale locale) {
        int seriesCount = chart.series().size();
        boolean legend = seriesCount > 1;
        int groupHeight = seriesCount * BAR_HEIGHT + ROW_GAP;
        int top = legend ? LEGEND_HEIGHT : 4;
        int height = top + chart.rows().size() * groupHeight + 4;
        long max = chart.max();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"dashboard-chart\" width=\"100%\"")
                .append(" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(escape(id))
                .append("-title\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        svg.append("<title id=\"")
                .append(escape(id))
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        if (legend) {
            int x = LABEL_WIDTH;
            for (int s = 0; s < seriesCount; s++) {
                svg.append("<rect x=\"")
                        .append(x)
                        .append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
                        .append(colour(s))
                        .append("\"/>");
                svg.append("<text x=\"")
                        .append(x + 16)
                        .append("\" y=\"16\" fill=\"#212529\">")
                        .append(escape(series.get(s)))
                        .append("</text>");
                x += 24 + 7 * series.get(s).length();
            }
        }
        int y = top;
        for (Chart.Row row : chart.rows()) {
            int labelY = y + (seriesCount * BAR_HEIGHT) / 2 + 4;
            svg.append("<text x=\"")
                    .append(LABEL_WIDTH - 8)
                    .append("\" y=\"")
                    .append(labelY)
                    .append("\" text-anchor=\"end\" fill=\"#212529\">");
            if (row.label().length() > LONGEST_LABEL) {
                svg.append("<title>").append(escape(row.label())).append("</title>");
            }
            svg.append(escape(shortened(row.label()))).append("</text>");
            for (int s = 0; s < seriesCount; s++) {
                long value = row.values().get(s);
                int width = barWidth(value, max);
                int barY = y + s * BAR_HEIGHT;
                svg.append("<rect x=\"")
                        .append(LABEL_WIDTH)
                        .append("\" y=\"")
                        .append(barY + 1)
                        .append("\" width=\"")
                        .append(width)
                        .append("\" height=\"")
                        .append(BAR_HEIGHT - 2)
                        .append("\" fill=\"")
                        .append(colour(s))
                        .append("\"/>");
                svg.append("<text x=\"")
                        .append(LABEL_WIDTH + width + 4)
                        .append("\" y=\"")
                        .append(barY + BAR_HEIGHT - 3)
                        .append("\" fill=\"#212529\">")
                        .append(escape(LocalFormats.number(value, locale)))
                        .append("</text>");
            }
            y += groupHeight;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The bar's length: proportional to the value against the largest, rounded to whole pixels. */
    static int barWidth(long value, long max) {
        if (max <= 0 || value <= 0) {
            return 0;
        }
        return (int) Math.round((double) value * BAR_WIDTH / max);
    }

    static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    private static String shortened(String label) {
        return label.length() > LONGEST_LABEL ? label.substring(0, LONGEST_LABEL - 1) + "…" : label;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
