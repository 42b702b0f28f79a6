package org.jumelage.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The data of one dashboard chart: rows of whole numbers under named series, as the page draws it
 * (bars), shows it as a table and offers it for download. Counts are people, events or projects;
 * amounts are whole euros (rounded half up).
 *
 * @param id a stable name, used in download addresses (for example {@code projects-by-year})
 * @param series one message key per column of numbers (for example {@code reporting.dashboard.series.projects})
 * @param rows labelled rows in the order they are shown; each has one value per series
 * @param totals one total per series, or {@code null} when totals make no sense for the chart; not
 *     always the sum of the rows (a project counted for two organisations counts once in the total)
 */
public record Chart(
        String id,
        List<String> series,
        List<Row> rows,
        @Nullable List<Long> totals) {

    public Chart {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        totals = totals == null ? null : List.copyOf(totals);
        for (Row row : rows) {
            if (row.values().size() != series.size()) {
                throw new IllegalArgumentException("Row " + row.label() + " has "
                        + row.values().size() + " values for " + series.size() + " series");
            }
        }
    }

    /**
     * One row of the chart.
     *
     * @param label what the row counts, already in the reader's language (a year, a country's name, a
     *     project's title)
     */
    public record Row(String label, List<Long> values) {

        public Row {
            values = List.copyOf(values);
        }
    }

    /** The largest value of any row and series, 0 for an empty chart: the scale of the bars. */
    public long max() {
        return rows.stream()
                .flatMap(row -> row.values().stream())
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
    }

    /** The same chart with only its first {@code limit} rows (all when it has no more); the same totals. */
    public Chart firstRows(int limit) {
        return rows.size() <= limit ? this : new Chart(id, series, rows.subList(0, limit), totals);
    }

    /** Whether the chart has no row to show. */
    public boolean empty() {
        return rows.isEmpty();
    }
}
