package org.jumelage.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jumelage.project.GrantForecast;
import org.jumelage.reporting.FinalReport;
import org.jumelage.reporting.ProjectParticipation;
import org.jumelage.shared.LocalizedText;

/** Final reports as data, for the renderers' tests: a meeting in Daugavpils with guests from Kaunas and Łódź, or nothing. */
final class FinalReportMother {

    static final String REFERENCE = "600123-CITIZ-1-2018-1-LV-CITIZ-TT";

    private FinalReportMother() {}

    /** One event (8–10 November 2018) with 30 Latvians, 25 Lithuanians and 4 Poles attending. */
    static FinalReport meeting(Locale locale) {
        ProjectParticipation.EventParticipation counts = new ProjectParticipation.EventParticipation(
                11L,
                LocalizedText.of("Tikšanās Daugavpilī", "Meeting in Daugavpils"),
                LocalDate.of(2018, 11, 8),
                LocalDate.of(2018, 11, 10),
                3,
                "LV",
                List.of(
                        new ProjectParticipation.CountryCount("LV", 32, 30, false),
                        new ProjectParticipation.CountryCount("LT", 26, 25, true),
                        new ProjectParticipation.CountryCount("PL", 5, 4, true)),
                List.of(
                        new ProjectParticipation.DelegationCount(
                                21L, "LT", LocalizedText.of("Kauno savivaldybė", "Kauno savivaldybė"), 26, 25),
                        new ProjectParticipation.DelegationCount(22L, "PL", null, 5, 4)),
                29,
                30,
                List.of(new ProjectParticipation.Threshold("min-invited-participants", 25, 29, 0)));
        ProjectParticipation participation =
                new ProjectParticipation(7L, List.of(counts), new ProjectParticipation.Totals(63, 59, 29, 3));
        FinalReport.ReportEvent event = new FinalReport.ReportEvent(
                11L,
                "Meeting in Daugavpils",
                "Citizens' meeting",
                List.of(new FinalReport.Place("Daugavpils", "LV", "Latvia")),
                "Vienības nams",
                LocalDate.of(2018, 11, 8),
                LocalDate.of(2018, 11, 10),
                3,
                List.of("8 November: arrival and welcome", "9 November: workshops"),
                counts,
                true,
                true,
                "https://example.org/en/events/11",
                "/events/11",
                "/events/11/statistics",
                "/events/11/lists");
        FinalReport.GrantColumn attended = new FinalReport.GrantColumn(
                GrantForecast.Count.ATTENDED,
                "Eligible",
                true,
                true,
                new BigDecimal("13500.00"),
                null,
                null,
                "EUR",
                List.of(new FinalReport.GrantLine("Lump sum for 29 invited participants", new BigDecimal("13500.00"))),
                List.of(new FinalReport.Check(
                        "min-invited-participants", "passed", "29 invited participants (at least 25 needed)", null)));
        return new FinalReport(
                7L,
                locale,
                Instant.parse("2018-12-01T10:00:00Z"),
                true,
                identification(REFERENCE),
                List.of(new FinalReport.WrittenSection(
                        FinalReport.SectionKind.SUMMARY,
                        "en",
                        "Citizens of three towns met.\nThey talked about Europe.",
                        Instant.parse("2018-11-30T10:00:00Z"),
                        "Coordinator")),
                List.of(event),
                participation,
                new FinalReport.Grant(
                        forecast(), "E4C-2014-TT, 2018", List.of(attended), null, List.of(), "/programmes"),
                new FinalReport.Dissemination(
                        new FinalReport.PublishedPage(
                                7L,
                                "Town twinning for change",
                                true,
                                Instant.parse("2018-10-01T10:00:00Z"),
                                List.of(new FinalReport.Address("en", "https://example.org/en/projects/7"))),
                        List.of(),
                        List.of(),
                        List.of()),
                List.of(new FinalReport.Outcome(LocalDate.of(2018, 11, 10), "Declaration", "A joint declaration")),
                List.of(new FinalReport.Missing(
                        "no-scan", "No signed list uploaded for Kaunas, 9 November", 11L, "/events/11/lists")));
    }

    /** A project without events, sections, grant columns or publications. */
    static FinalReport empty(Locale locale) {
        return new FinalReport(
                8L,
                locale,
                Instant.parse("2018-12-01T10:00:00Z"),
                false,
                identification(null),
                List.of(),
                List.of(),
                new ProjectParticipation(8L, List.of(), new ProjectParticipation.Totals(0, 0, 0, 0)),
                new FinalReport.Grant(
                        forecast(), "E4C-2014-TT", List.of(), "The project has no events.", List.of(), "/programmes"),
                new FinalReport.Dissemination(
                        new FinalReport.PublishedPage(8L, "Empty", false, null, List.of()),
                        List.of(),
                        List.of(),
                        List.of()),
                List.of(),
                List.of(new FinalReport.Missing("no-events", "The project has no events yet.", null, null)));
    }

    private static FinalReport.Identification identification(String reference) {
        FinalReport.Partner lead = new FinalReport.Partner("Daugavpils pilsētas dome", "LV", "Latvia", "Lead");
        return new FinalReport.Identification(
                reference,
                "Town twinning for change",
                "TTMeet",
                "E4C-2014",
                "Europe for Citizens 2014–2020",
                "E4C-2014-TT",
                "Town Twinning",
                "E4C-2014-TT-2018-03-01",
                2018,
                "Running",
                LocalDate.of(2018, 11, 8),
                LocalDate.of(2018, 11, 12),
                lead,
                List.of(new FinalReport.CountryPartners("LV", "Latvia", List.of(lead))),
                "With the support of the Europe for Citizens Programme of the European Union");
    }

    private static GrantForecast forecast() {
        return new GrantForecast(
                7L, "E4C-2014-TT", null, 2018, GrantForecast.CallYearSource.CALL, List.of(), List.of(), null, null);
    }
}
