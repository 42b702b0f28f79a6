package org.jumelage.reporting.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.jumelage.event.EventSummary;
import org.jumelage.publicity.InformationPages;
import org.jumelage.publicity.Publications;
import org.jumelage.shared.Languages;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The public information page of each event (place, dates, participants per country, activities
 * per day) that the programme asks the municipality to publish, as PDF in each site language
 * ({@link InformationPages#writePdf}). Missing: an event that is not published, so it has no public
 * page; a published event that has taken place but has no page.
 */
@Component
@Order(50)
class PublicationSource implements EvidenceSource {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("lv"), Locale.ENGLISH);

    private final Publications publications;
    private final InformationPages informationPages;

    PublicationSource(Publications publications, InformationPages informationPages) {
        this.publications = publications;
        this.informationPages = informationPages;
    }

    @Override
    public void contribute(PackPlan plan) {
        for (EventSummary event : plan.events) {
            String label = plan.eventLabel(event);
            if (!publications.ofEvent(plan.editor, event.id()).published()) {
                plan.missing(event, "reporting.pack.missing.unpublished", label);
                continue;
            }
            if (event.endDate() == null || !event.endDate().isBefore(plan.today)) {
                continue; // not over yet: the page comes after the event, SignedListSource says so
            }
            for (Locale language : LANGUAGES) {
                var page = informationPages.informationPage(event.id(), language);
                if (page.isEmpty()) {
                    plan.missing(event, "reporting.pack.missing.information-page", label);
                    break;
                }
                plan.add(new PackEntry(
                        PackPlan.folder(event) + "information-page-" + Languages.tagOf(language) + ".pdf",
                        plan.text(
                                "reporting.pack.entry.information-page",
                                label,
                                language.getDisplayLanguage(plan.locale)),
                        true,
                        null,
                        () -> {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            informationPages.writePdf(event.id(), language, out);
                            return new ByteArrayInputStream(out.toByteArray());
                        }));
            }
        }
    }
}
