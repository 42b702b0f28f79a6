package org.jumelage.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectSummary;
import org.jumelage.reporting.ProjectParticipation;
import org.jumelage.shared.Countries;
import org.jumelage.shared.LocalFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a draft of the summary for publication from the project's data, in one language, from the
 * {@code reporting.draft.*} texts of the bundles (as the news drafts are written): what the project
 * is, who led it with whom, when, its events with their places, dates and attended participants, and
 * its outcomes. The coordinator edits it before saving; nothing is stored here.
 */
@Component
class SummaryDraft {

    private final MessageSource messages;

    SummaryDraft(MessageSource messages) {
        this.messages = messages;
    }

    String write(
            ProjectDetails project,
            @Nullable MeasureSummary measure,
            List<EventSummary> events,
            ProjectParticipation participation,
            Locale locale) {
        Texts texts = new Texts(messages, locale);
        ProjectSummary summary = project.summary();
        List<String> paragraphs = new ArrayList<>();
        List<String> intro = new ArrayList<>();
        intro.add(texts.get(
                "reporting.draft.intro",
                summary.label(locale),
                measure == null ? summary.measure() : measure.name().in(locale),
                measure == null ? "" : measure.programmeName().in(locale)));
        if (summary.lead() != null) {
            String lead =
                    summary.lead().name() == null ? "" : summary.lead().name().in(locale);
            intro.add(texts.get(
                    "reporting.draft.lead", lead, Countries.name(summary.lead().country(), locale)));
        }
        String partnerCountries = project.partners().stream()
                .filter(partner -> partner.role() != org.jumelage.project.PartnerRole.LEAD)
                .map(PartnerSummary::country)
                .distinct()
                .map(country -> Countries.name(country, locale))
                .sorted()
                .collect(Collectors.joining(", "));
        if (!partnerCountries.isEmpty()) {
            intro.add(texts.get("reporting.draft.partners", partnerCountries));
        }
        if (summary.startDate() != null && summary.endDate() != null) {
            intro.add(texts.get(
                    "reporting.draft.period",
                    LocalFormats.date(summary.startDate(), locale),
                    LocalFormats.date(summary.endDate(), locale)));
        }
        paragraphs.add(String.join(" ", intro));

        if (events.isEmpty()) {
            paragraphs.add(texts.get("reporting.draft.no-events"));
        } else {
            ProjectParticipation.Totals totals = participation.totals();
            List<String> lines = new ArrayList<>();
            lines.add(texts.get(
                    "reporting.draft.events",
                    events.size(),
                    totals.attended(),
                    totals.countries(),
                    totals.invitedAttended()));
            for (int i = 0; i < events.size(); i++) {
                EventSummary event = events.get(i);
                String place = event.hostPlaces().stream()
                        .map(host -> host.name() + " (" + Countries.name(host.country(), locale) + ")")
                        .collect(Collectors.joining(", "));
                String dates = event.startDate() == null
                        ? texts.get("reporting.draft.dates-unknown")
                        : event.endDate() == null || event.endDate().equals(event.startDate())
                                ? LocalFormats.date(event.startDate(), locale)
                                : LocalFormats.date(event.startDate(), locale) + " – "
                                        + LocalFormats.date(event.endDate(), locale);
                int attended = participation.events().get(i).byCountry().stream()
                        .mapToInt(ProjectParticipation.CountryCount::attended)
                        .sum();
                lines.add(texts.get("reporting.draft.event", event.titles().in(locale), place, dates, attended));
            }
            paragraphs.add(String.join("\n", lines));
        }
        if (!project.outcomes().isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add(texts.get("reporting.draft.outcomes"));
            project.outcomes()
                    .forEach(outcome -> lines.add(
                            texts.get("reporting.draft.outcome", outcome.text().in(locale))));
            paragraphs.add(String.join("\n", lines));
        }
        return String.join("\n\n", paragraphs);
    }
}
