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
import org.jumelage.programme.GrantPlan;
import org.jumelage.programme.InvitedParticipants;
import org.jumelage.programme.RuleCheck;
import org.jumelage.programme.RuleMessages;
import org.jumelage.programme.RuleSource;
import org.jumelage.programme.ThresholdMargin;
import org.jumelage.project.GrantAward;
import org.jumelage.project.GrantForecast;
import org.jumelage.project.GrantVerdict;
import org.springframework.context.MessageSource;

/**
 * What the eligibility and grant panel shows: the forecast's columns (planned, and registered and
 * attended when recorded) and its checks as rows, one per rule, with a cell per column. Rows with a
 * failing cell come first, then rows that cannot be decided, then the passed ones, each group in the
 * engine's order.
 */
record GrantPanel(
        GrantForecast forecast,
        List<CheckRow> rows,
        MessageSource messages,
        Locale locale,
        @Nullable GrantAward award,
        @Nullable GrantVerdict verdict,
        boolean canEdit,
        List<MarginRow> margins,
        List<CountRow> counts) {

    /**
     * One threshold of one event (or one invited town at an event, or the whole project) across the columns.
     *
     * @param event the event's label, or "" for a whole-project rule
     * @param delegation the invited town for the per-town rule, else ""
     * @param cells the margin in each column ({@code null} where a column lacks it)
     */
    record MarginRow(String rule, String event, String delegation, List<@Nullable ThresholdMargin> cells) {

        public boolean anyFailed() {
            return cells.stream().anyMatch(cell -> cell != null && cell.status() == RuleCheck.CheckStatus.FAILED);
        }
    }

    /**
     * People per event and invited town across the columns.
     *
     * @param kind {@code invited} or {@code local} for an event's totals, {@code delegation} for one town
     * @param label the event's label, or the town for a delegation
     * @param cells the people in each column ({@code null} where a column does not have the town)
     */
    record CountRow(String kind, String label, List<@Nullable Integer> cells) {}

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
        return new GrantPanel(
                forecast, ordered, messages, locale, null, null, false, margins(columns), counts(columns));
    }

    /** The panel with the project's grant award, the verdict on it and whether the reader may record it. */
    static GrantPanel of(
            GrantForecast forecast,
            @Nullable GrantAward award,
            @Nullable GrantVerdict verdict,
            boolean canEdit,
            MessageSource messages,
            Locale locale) {
        GrantPanel panel = of(forecast, messages, locale);
        return new GrantPanel(
                forecast, panel.rows, messages, locale, award, verdict, canEdit, panel.margins, panel.counts);
    }

    /** The margins of every column lined up by rule, event and invited town, in the engine's order. */
    private static List<MarginRow> margins(List<GrantForecast.Column> columns) {
        Map<String, List<@Nullable ThresholdMargin>> cells = new LinkedHashMap<>();
        Map<String, ThresholdMargin> first = new LinkedHashMap<>();
        for (int column = 0; column < columns.size(); column++) {
            for (ThresholdMargin margin : columns.get(column).evaluation().margins()) {
                String key = margin.rule() + "|" + margin.eventIndex() + "|" + margin.delegation();
                first.putIfAbsent(key, margin);
                cells.computeIfAbsent(key, k -> new ArrayList<>(Collections.nCopies(columns.size(), null)))
                        .set(column, margin);
            }
        }
        List<MarginRow> rows = new ArrayList<>();
        first.forEach((key, margin) -> rows.add(new MarginRow(
                margin.rule(),
                margin.event(),
                margin.delegation() == null ? "" : margin.delegation(),
                Collections.unmodifiableList(cells.get(key)))));
        return List.copyOf(rows);
    }

    /** Invited and local people per event, and the people of each invited town, in every column. */
    private static List<CountRow> counts(List<GrantForecast.Column> columns) {
        if (columns.isEmpty()) {
            return List.of();
        }
        List<CountRow> rows = new ArrayList<>();
        List<GrantPlan.Event> events = columns.get(0).plan().events();
        for (int index = 0; index < events.size(); index++) {
            GrantPlan.Event event = events.get(index);
            String label = event.label().isBlank() ? "#" + (index + 1) : event.label();
            List<@Nullable Integer> invited = new ArrayList<>();
            List<@Nullable Integer> local = new ArrayList<>();
            Map<String, List<@Nullable Integer>> towns = new LinkedHashMap<>();
            for (int column = 0; column < columns.size(); column++) {
                List<GrantPlan.Event> planEvents = columns.get(column).plan().events();
                if (index >= planEvents.size()) {
                    invited.add(null);
                    local.add(null);
                    continue;
                }
                GrantPlan.Event atColumn = planEvents.get(index);
                int invitedHere = 0;
                int localHere = atColumn.localParticipants();
                for (GrantPlan.Delegation delegation : atColumn.delegations()) {
                    if (InvitedParticipants.invited(true, delegation.country(), atColumn.hostCountry())) {
                        invitedHere += delegation.participants();
                        String town = delegation.town() == null
                                ? delegation.country()
                                : delegation.town().name() + " (" + delegation.country() + ")";
                        int at = column;
                        towns.computeIfAbsent(town, k -> new ArrayList<>(Collections.nCopies(columns.size(), null)))
                                .set(at, delegation.participants());
                    } else {
                        localHere += delegation.participants();
                    }
                }
                invited.add(invitedHere);
                local.add(localHere);
            }
            rows.add(new CountRow("invited", label, Collections.unmodifiableList(invited)));
            towns.forEach(
                    (town, people) -> rows.add(new CountRow("delegation", town, Collections.unmodifiableList(people))));
            rows.add(new CountRow("local", label, Collections.unmodifiableList(local)));
        }
        return List.copyOf(rows);
    }

    /** A missed threshold in words, for example "2 invited participants missing at Daugavpils meeting". */
    public String shortfall(ThresholdMargin margin) {
        GrantForecast.Remark remark = GrantVerdict.shortfall(margin);
        return message(remark.messageKey(), remark.arguments());
    }

    /** The delegation left out, or {@code null}. */
    public GrantForecast.@Nullable DelegationOption cancelled() {
        if (forecast.without() == null) {
            return null;
        }
        return forecast.delegations().stream()
                .filter(option -> option.cancellation().equals(forecast.without()))
                .findFirst()
                .orElse(null);
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
