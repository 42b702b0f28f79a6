package org.jumelage.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.SignedInUser;
import org.jumelage.reporting.FinalReport.SectionKind;
import org.jumelage.reporting.ProjectParticipation;
import org.jumelage.reporting.ProjectReports;
import org.jumelage.reporting.ReportSections;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the final report: the participation counts per event against the measure's
 * thresholds ({@code GET …/participation}, for whoever may see the project) and the written sections
 * of the report ({@code PUT …/report}, for its editors). Dates are ISO 8601, countries ISO 3166-1
 * alpha-2. A project the caller may not see answers 404.
 */
@RestController
class ReportApiController {

    static final String SECTIONS_EXAMPLE = """
            {"summary":{"lv":"Projekts apvienoja…","en":"The project brought together…"},
             "deviations":{"en":"The second meeting moved from May to June."},
             "impact":{"en":""}}""";

    private final ProjectReports reports;

    ReportApiController(ProjectReports reports) {
        this.reports = reports;
    }

    /** The answer of {@code GET /api/v1/projects/{id}/participation}: the shape issue 14 fixes. */
    record ProjectParticipationAnswer(List<ParticipationEventAnswer> events, ParticipationTotalsAnswer totals) {

        static ProjectParticipationAnswer of(ProjectParticipation participation) {
            ProjectParticipation.Totals totals = participation.totals();
            return new ProjectParticipationAnswer(
                    participation.events().stream()
                            .map(ParticipationEventAnswer::of)
                            .toList(),
                    new ParticipationTotalsAnswer(
                            totals.registered(), totals.attended(), totals.invitedAttended(), totals.countries()));
        }
    }

    /** @param countries the distinct countries of attended participants over all events */
    record ParticipationTotalsAnswer(int registered, int attended, int invitedAttended, int countries) {}

    /** @param invited whether the country differs from the event's host country */
    record ParticipationCountryAnswer(String country, int registered, int attended, boolean invited) {}

    /** @param missing how many are missing to reach the minimum, 0 when reached */
    record ParticipationThresholdAnswer(String rule, int required, int actual, int missing) {}

    /**
     * One event's counts: registered are confirmed people, attended were present on at least one day.
     *
     * @param days 0 when the event's dates are not known
     * @param thresholds the measure's per-event minimums checked on attended counts; empty when unknown
     */
    record ParticipationEventAnswer(
            long eventId,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            int days,
            String hostCountry,
            List<ParticipationCountryAnswer> byCountry,
            List<ParticipationDelegationAnswer> byDelegation,
            int invitedAttended,
            int localAttended,
            List<ParticipationThresholdAnswer> thresholds) {

        static ParticipationEventAnswer of(ProjectParticipation.EventParticipation event) {
            return new ParticipationEventAnswer(
                    event.eventId(),
                    event.startDate(),
                    event.endDate(),
                    event.days(),
                    event.hostCountry(),
                    event.byCountry().stream()
                            .map(country -> new ParticipationCountryAnswer(
                                    country.country(), country.registered(), country.attended(), country.invited()))
                            .toList(),
                    event.byDelegation().stream()
                            .map(delegation -> new ParticipationDelegationAnswer(
                                    delegation.delegationId(),
                                    delegation.country(),
                                    delegation.registered(),
                                    delegation.attended()))
                            .toList(),
                    event.invitedAttended(),
                    event.localAttended(),
                    event.thresholds().stream()
                            .map(threshold -> new ParticipationThresholdAnswer(
                                    threshold.rule(), threshold.required(), threshold.actual(), threshold.missing()))
                            .toList());
        }
    }

    record ParticipationDelegationAnswer(long delegationId, String country, int registered, int attended) {}

    /**
     * The written sections to save: per section, language ({@code lv}, {@code en}) → text. An absent
     * section or language stays as it is; an empty text removes it. Summary at most {@value
     * ReportSections#SUMMARY_MAX} characters, the others {@value ReportSections#TEXT_MAX}.
     */
    record ReportSectionsRequest(
            @Nullable Map<String, @Nullable String> summary,
            @Nullable Map<String, @Nullable String> deviations,
            @Nullable Map<String, @Nullable String> impact) {

        ReportSections toSections() {
            Map<SectionKind, Map<String, @Nullable String>> texts = new EnumMap<>(SectionKind.class);
            if (summary != null) {
                texts.put(SectionKind.SUMMARY, summary);
            }
            if (deviations != null) {
                texts.put(SectionKind.DEVIATIONS, deviations);
            }
            if (impact != null) {
                texts.put(SectionKind.IMPACT, impact);
            }
            return new ReportSections(texts);
        }
    }

    @GetMapping("/api/v1/projects/{id}/participation")
    @Operation(
            summary = "The project's participation per event against the measure's thresholds",
            description = "Per event (deleted ones left out, earliest first): registered (confirmed) and attended "
                    + "(present on at least one day) people per country and per delegation, invited and local "
                    + "attended people as the programme counts them, and the measure's per-event minimums "
                    + "checked on the attended counts. Totals over all events; countries counts the distinct "
                    + "countries of attended people.")
    ProjectParticipationAnswer participation(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
        return ProjectParticipationAnswer.of(reports.participation(me, id));
    }

    @PutMapping("/api/v1/projects/{id}/report")
    @Operation(
            summary = "Save the written sections of the project's final report",
            description = "Sections summary (for publication), deviations and impact, each a map language → text "
                    + "in lv and en. An absent section or language stays as it is; an empty text removes it. "
                    + "Any unknown language or too long text refuses the whole request (422) and changes "
                    + "nothing. Only the project's editors; audited.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = ReportSectionsRequest.class),
                                            examples = @ExampleObject(name = "Sections", value = SECTIONS_EXAMPLE))))
    ResponseEntity<Void> saveSections(
            @AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestBody ReportSectionsRequest body) {
        reports.saveSections(me, id, body.toSections());
        return ResponseEntity.noContent().build();
    }
}
