package org.jumelage.reporting.domain;

import org.jumelage.event.EventSummary;
import org.jumelage.publicity.Publications;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The public information page of each event (place, dates, participants per country, activities
 * per day) that the programme asks the municipality to publish. Missing: an event that is not
 * published, so it has no public page.
 */
@Component
@Order(50)
class PublicationSource implements EvidenceSource {

    private final Publications publications;

    PublicationSource(Publications publications) {
        this.publications = publications;
    }

    @Override
    public void contribute(PackPlan plan) {
        for (EventSummary event : plan.events) {
            if (!publications.ofEvent(plan.editor, event.id()).published()) {
                plan.missing(event, "reporting.pack.missing.unpublished", plan.eventLabel(event));
            }
        }
    }
}
