package org.jumelage.reporting.web;

import java.util.Locale;
import org.jumelage.account.IsAdministrator;
import org.jumelage.account.SignedInUser;
import org.jumelage.reporting.Chart;
import org.jumelage.reporting.Dashboards;
import org.jumelage.reporting.InstanceOverview;
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
 * The instance administrator's overview {@code /admin/overview}: per organisation its projects,
 * events, participants and countries, with the instance's totals; the same charts, tables and
 * downloads as the portfolio dashboard. Administrators only.
 */
@Controller
@IsAdministrator
class OverviewController {

    static final String DOWNLOAD = "/admin/overview/data";

    private final Dashboards dashboards;
    private final MessageSource messages;

    OverviewController(Dashboards dashboards, MessageSource messages) {
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping("/admin/overview")
    String overview(@AuthenticationPrincipal SignedInUser me, Locale locale, Model model) {
        InstanceOverview overview = dashboards.overview(me, locale);
        model.addAttribute("overview", overview);
        model.addAttribute("limit", PortfolioDashboard.PROJECT_LIMIT);
        model.addAttribute(
                "charts",
                overview.charts().stream()
                        .map(chart -> ChartView.of(chart, messages, locale, DOWNLOAD, null))
                        .toList());
        return "reporting/overview";
    }

    @GetMapping("/admin/overview/data.{format}")
    ResponseEntity<byte[]> data(
            @AuthenticationPrincipal SignedInUser me,
            @PathVariable String format,
            @RequestParam String chart,
            Locale locale) {
        ChartFiles.Format kind =
                ChartFiles.Format.of(format).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        Chart found = dashboards
                .overview(me, locale)
                .chart(chart)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ChartDownload.of(kind, found, messages, locale);
    }
}
