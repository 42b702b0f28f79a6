package org.jumelage.reporting.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jumelage.event.EventSummary;
import org.jumelage.event.HostPlace;
import org.jumelage.shared.HtmlPdf;
import org.jumelage.shared.LocalFormats;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Each event's agenda as a small PDF an auditor reads: the event, its dates and place, and the
 * agenda as written in Jumelage, in each language it was written in. Missing: an event without an agenda.
 */
@Component
@Order(30)
class AgendaSource implements EvidenceSource {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("lv"), Locale.ENGLISH);

    @Override
    public void contribute(PackPlan plan) {
        for (EventSummary event : plan.events) {
            String label = plan.eventLabel(event);
            if (event.agenda().isEmpty()) {
                plan.missing(event, "reporting.pack.missing.agenda", label);
                continue;
            }
            plan.add(new PackEntry(
                    PackPlan.folder(event) + "agenda.pdf",
                    plan.text("reporting.pack.entry.agenda", label),
                    true,
                    null,
                    () -> new ByteArrayInputStream(pdf(plan, event))));
        }
    }

    static byte[] pdf(PackPlan plan, EventSummary event) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>")
                .append(escape(plan.text("reporting.pack.agenda.title")))
                .append("</title><style>body{font-family:'")
                .append(HtmlPdf.FONT_FAMILY)
                .append("';font-size:10.5pt}h1{font-size:15pt}h2{font-size:12pt;margin-top:14pt}")
                .append(".agenda{white-space:pre-wrap}</style></head><body>")
                .append("<h1>")
                .append(escape(plan.text("reporting.pack.agenda.title")))
                .append(": ")
                .append(escape(event.titles().in(plan.locale)))
                .append("</h1><p>")
                .append(escape(plan.project.summary().label(plan.locale)));
        String reference = plan.project.summary().referenceNumber();
        if (reference != null && !reference.isBlank()) {
            html.append(" (").append(escape(reference)).append(')');
        }
        html.append("</p>");
        if (event.startDate() != null && event.endDate() != null) {
            html.append("<p>")
                    .append(escape(LocalFormats.date(event.startDate(), plan.locale)))
                    .append(" – ")
                    .append(escape(LocalFormats.date(event.endDate(), plan.locale)))
                    .append("</p>");
        }
        String places = event.hostPlaces().stream().map(HostPlace::name).collect(Collectors.joining(", "));
        html.append("<p>")
                .append(escape(event.venue() == null ? places : event.venue() + ", " + places))
                .append("</p>");
        Set<String> written = new LinkedHashSet<>();
        for (Locale language : LANGUAGES) {
            String text = "lv".equals(language.getLanguage())
                    ? event.agenda().lv()
                    : event.agenda().en();
            if (text != null && written.add(text)) {
                html.append("<h2>")
                        .append(escape(language.getDisplayLanguage(plan.locale)))
                        .append("</h2><div class=\"agenda\">")
                        .append(escape(text))
                        .append("</div>");
            }
        }
        html.append("</body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlPdf.write(html.toString(), "agenda-" + event.id(), out);
        return out.toByteArray();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
