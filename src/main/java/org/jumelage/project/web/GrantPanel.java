package org.jumelage.project.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.GrantEvaluation;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleMessages;
import org.jumelage.programme.RuleSource;
import org.jumelage.project.GrantForecast;
import org.springframework.context.MessageSource;

/**
 * What the eligibility and grant panel shows: the forecast's columns (planned, and registered and
 * attended when recorded) and its checks as rows, one per rule, with a cell per column. Rows with a
 * failing cell come first, then rows that cannot be decided, then the passed ones, each group in the
 * engine's order.
 */
record GrantPanel(GrantForecast forecast, List<CheckRow> rows, MessageSource messages, Locale locale) {

    /**
     * One rule across the columns.
     *
     * @param cells the rule's check in each column, in column order ({@code null} where a column lacks it)
     */
    record CheckRow(String rule, String subject, RuleSource source, List<@Nullable RuleCheck> cells) {

        public boolean anyFailed() {
            return cells.stream().anyMatch(cell -> cell != null && cell.failed());
        }

        public boolean anyUnknown() {
            return cells.stream().anyMatch(cell -> cell != null && cell.status() == RuleCheck.CheckStatus.UNKNOWN);
        }

        public int rank() {
            return anyFailed() ? 0 : anyUnknown() ? 1 : 2;
        }
    }

    static GrantPanel of(GrantForecast forecast, MessageSource messages, Locale locale) {
        List<GrantForecast.Column> columns = forecast.columns();
        Map<String, RowBuilder> rows = new LinkedHashMap<>();
        for (int column = 0; column < columns.size(); column++) {
            Map<String, Integer> seen = new HashMap<>();
            for (RuleCheck check : columns.get(column).evaluation().checks()) {
                // A rule may be checked more than once (per event); the n-th check of a rule lines up with the n-th.
                int occurrence = seen.merge(check.rule(), 1, Integer::sum);
                RowBuilder row = rows.computeIfAbsent(
                        check.rule() + "#" + occurrence, key -> new RowBuilder(check, columns.size()));
                row.cells.set(column, check);
            }
        }
        List<CheckRow> ordered = rows.values().stream()
                .map(RowBuilder::build)
                .sorted(Comparator.comparingInt(CheckRow::rank))
                .toList();
        return new GrantPanel(forecast, ordered, messages, locale);
    }

    public List<GrantForecast.Column> columns() {
        return forecast.columns();
    }

    /** The evaluation of the planned participants, or {@code null} when the rules could not be applied. */
    public @Nullable GrantEvaluation planned() {
        return forecast.columns().isEmpty() ? null : forecast.columns().get(0).evaluation();
    }

    public boolean evaluated() {
        return forecast.evaluated();
    }

    /** Whether there is more than the planned column. */
    public boolean severalColumns() {
        return forecast.columns().size() > 1;
    }

    /**
     * A message of the rules engine or of the forecast in the reader's language: country codes become
     * names, rule terms their text, amounts two-decimal numbers.
     */
    public String message(String key, List<Object> arguments) {
        return RuleMessages.format(messages, key, arguments, locale);
    }

    /** The host of a source address, for the link text ("up2europe.eu"), or the address itself. */
    public String host(String url) {
        try {
            String host = new URI(url).getHost();
            if (host == null) {
                return url;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static final class RowBuilder {
        private final RuleCheck first;
        private final List<@Nullable RuleCheck> cells;

        RowBuilder(RuleCheck first, int columns) {
            this.first = first;
            this.cells = new ArrayList<>(Collections.nCopies(columns, null));
        }

        CheckRow build() {
            return new CheckRow(first.rule(), first.subject(), first.source(), Collections.unmodifiableList(cells));
        }
    }
}
