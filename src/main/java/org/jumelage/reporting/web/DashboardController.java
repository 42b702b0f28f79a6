package org.jumelage.reporting.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.reporting.Chart;
import org.jumelage.reporting.Dashboards;
import org.jumelage.reporting.PortfolioDashboard;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The portfolio dashboard {@code /dashboards}: charts of the projects the signed-in person may see,
 * each with its table and its data as CSV and XLSX ({@code /dashboards/data.csv?chart=…}).
 * Administrators narrow it to one organisation with {@code ?organisation=}.
 */
@Controller
class DashboardController {

    static final String DOWNLOAD = "/dashboards/data";

    private final Dashboards dashboards;
    private final MessageSource messages;

    DashboardController(Dashboards dashboards, MessageSource messages) {
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping("/dashboards")
    String portfolio(
            @AuthenticationPrincipal SignedInUser me,
            @RequestParam(required = false) @Nullable Long organisation,
            Locale locale,
            Model model) {
        PortfolioDashboard dashboard = dashboards.portfolio(me, organisation, locale);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("limit", PortfolioDashboard.PROJECT_LIMIT);
        model.addAttribute(
                "charts",
                dashboard.charts().stream()
                        .map(chart -> ChartView.of(chart, messages, locale, DOWNLOAD, dashboard.organisationId()))
                        .toList());
        return "reporting/dashboard";
    }

    @GetMapping("/dashboards/data.{format}")
    ResponseEntity<byte[]> data(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable String format,
            @RequestParam String chart,
            @RequestParam(required = false) @Nullable Long organisation,
            Locale locale) {
        ChartFiles.Format kind =
                ChartFiles.Format.of(format).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        Chart found = dashboards
                .portfolio(me, organisation, locale)
                .chart(chart)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ChartDownload.of(kind, found, messages, locale);
    }
}
