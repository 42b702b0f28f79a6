package org.jumelage.reporting.web;

import java.util.List;
import java.util.Locale;
import org.jumelage.shared.LocalFormats;
import org.springframework.web.util.HtmlUtils;

/**
 * A small grouped horizontal bar chart drawn on the server as inline SVG: one group per label, one
 * bar per series, each bar labelled with its value. The chart is decoration for sighted readers
 * ({@code aria-hidden}); the page gives the same data as a table. No script, no library.
 */
final class SvgBarChart {

    /** One group of bars, e.g. a call: values per series, {@code null} for a value that is not known. */
    record Group(String label, List<Integer> values) {}

    /** A series: its name for the legend and its CSS fill colour. */
    record Series(String name, String colour) {}

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 190;
    static final int BAR_HEIGHT = 14;
    static final int GAP = 10;
    static final int LEGEND_HEIGHT = 24;

    private SvgBarChart() {}

    /** The chart as an {@code <svg>} element; groups' values are drawn against the largest value. */
    static String render(List<Series> series, List<Group> groups, Locale locale) {
        int largest = groups.stream()
                .flatMap(group -> group.values().stream())
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        int groupHeight = series.size() * BAR_HEIGHT + GAP;
        int height = LEGEND_HEIGHT + groups.size() * groupHeight + GAP;
        int barSpace = WIDTH - LABEL_WIDTH - 60;
        StringBuilder svg = new StringBuilder();
        svg.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" aria-hidden=\"true\" focusable=\"false\" ")
                .append("width=\"100%\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">");
        int x = LABEL_WIDTH;
        for (Series one : series) {
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
                    .append(escape(one.colour()))
                    .append("\"/>");
            svg.append("<text x=\"")
                    .append(x + 16)
                    .append("\" y=\"14\">")
                    .append(escape(one.name()))
                    .append("</text>");
            x += 16 + 7 * one.name().length() + 20;
        }
        int y = LEGEND_HEIGHT;
        for (Group group : groups) {
            svg.append("<text x=\"")
                    .append(LABEL_WIDTH - 6)
                    .append("\" y=\"")
                    .append(y + series.size() * BAR_HEIGHT / 2 + 4)
                    .append("\" text-anchor=\"end\">")
                    .append(escape(group.label()))
                    .append("</text>");
            for (int index = 0; index < series.size(); index++) {
                Integer value = index < group.values().size() ? group.values().get(index) : null;
                int top = y + index * BAR_HEIGHT;
                int length =
                        value == null || largest == 0 ? 0 : Math.max(value > 0 ? 1 : 0, value * barSpace / largest);
                svg.append("<rect x=\"")
                        .append(LABEL_WIDTH)
                        .append("\" y=\"")
                        .append(top + 1)
                        .append("\" width=\"")
                        .append(length)
                        .append("\" height=\"")
                        .append(BAR_HEIGHT - 2)
                        .append("\" fill=\"")
                        .append(escape(series.get(index).colour()))
                        .append("\"/>");
                svg.append("<text x=\"")
                        .append(LABEL_WIDTH + length + 4)
                        .append("\" y=\"")
                        .append(top + BAR_HEIGHT - 3)
                        .append("\">")
                        .append(value == null ? "–" : escape(LocalFormats.number(value, locale)))
                        .append("</text>");
            }
            y += groupHeight;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
