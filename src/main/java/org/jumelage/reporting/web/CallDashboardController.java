package org.jumelage.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.DataTexts;
import org.jumelage.reporting.CallDashboard;
import org.jumelage.reporting.CallOverview;
import org.jumelage.reporting.Chart;
import org.jumelage.reporting.OpenDataException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The calls dashboard ({@code /dashboards/calls}): per call the published submitted and funded
 * applications, the success rate, the countries the sources report on, and this instance's own
 * applications; a bar chart drawn as SVG, the same data as a table, and CSV/XLSX downloads of it.
 */
@Controller
class CallDashboardController {

    private final CallDashboard dashboard;
    private final MessageSource messages;

    CallDashboardController(CallDashboard dashboard, MessageSource messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @GetMapping("/dashboards/calls")
    String page(Model model, Locale locale) {
        List<CallOverview> calls = dashboard.calls();
        model.addAttribute("calls", calls);
        model.addAttribute("chart", chart(calls, locale));
        java.util.Map<String, String> countryNames = new java.util.HashMap<>();
        calls.forEach(call -> call.countries()
                .forEach(country -> countryNames.put(
                        country.country(), org.jumelage.shared.Countries.name(country.country(), locale))));
        model.addAttribute("countryNames", countryNames);
        model.addAttribute(
                "sources",
                calls.stream().map(call -> DataTexts.in(call.source(), locale)).toList());
        return "reporting/dashboard-calls";
    }

    @GetMapping("/dashboards/calls.{format}")
    ResponseEntity<byte[]> download(@PathVariable String format, Locale locale) {
        String kind = format.toLowerCase(Locale.ROOT);
        TableFiles.Table table = table(dashboard.calls(), locale);
        return switch (kind) {
            case "csv" ->
                ResponseEntity.ok()
                        .contentType(TableFiles.CSV)
                        .header(TableFiles.CONTENT_DISPOSITION, TableFiles.disposition("calls.csv", false))
                        .body(TableFiles.csv(table, List.of()));
            case "xlsx" ->
                ResponseEntity.ok()
                        .contentType(TableFiles.XLSX)
                        .header(TableFiles.CONTENT_DISPOSITION, TableFiles.disposition("calls.xlsx", false))
                        .body(TableFiles.xlsx(table, "", List.of()));
            default -> throw OpenDataException.unknownFormat(format);
        };
    }

    /** One line per call and scope: the whole call, then each country the sources report on. */
    TableFiles.Table table(List<CallOverview> calls, Locale locale) {
        List<String> header = List.of(
                "call",
                "measure",
                "deadline",
                "country",
                "submitted",
                "funded",
                "success_rate_percent",
                "instance_applied",
                "instance_funded",
                "instance_rejected",
                "instance_awaiting",
                "instance_success_rate_percent",
                "source");
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (CallOverview call : calls) {
            CallOverview.InstanceApplications own = call.instance();
            rows.add(Arrays.asList(
                    call.code(),
                    call.measureCode(),
                    call.deadline(),
                    "",
                    call.submitted(),
                    call.funded(),
                    call.successRate(),
                    own.applied(),
                    own.funded(),
                    own.rejected(),
                    own.awaiting(),
                    own.successRate(),
                    DataTexts.in(call.source(), locale)));
            for (CallOverview.CountryResult country : call.countries()) {
                rows.add(Arrays.asList(
                        call.code(),
                        call.measureCode(),
                        call.deadline(),
                        country.country(),
                        country.submitted(),
                        country.funded(),
                        country.successRate(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            }
        }
        return new TableFiles.Table("calls", header, rows);
    }

    /** Submitted and funded per call, for the calls whose sources give both, drawn as the dashboards draw every chart. */
    private String chart(List<CallOverview> calls, Locale locale) {
        List<String> series = List.of("reporting.calls.submitted", "reporting.calls.funded");
        List<Chart.Row> rows = calls.stream()
                .filter(call -> call.submitted() != null && call.funded() != null)
                .map(call -> new Chart.Row(call.code(), List.of((long) call.submitted(), (long) call.funded())))
                .toList();
        return ChartSvg.render(
                new Chart("calls", series, rows, null),
                "chart-calls",
                messages.getMessage("reporting.calls.chart.caption", null, locale),
                series.stream()
                        .map(key -> messages.getMessage(key, null, locale))
                        .toList(),
                locale);
    }
}
