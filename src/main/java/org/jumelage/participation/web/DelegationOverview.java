package org.jumelage.participation.web;

import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventPageSection;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.DelegationManagement;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The delegations section of the event page: each partner's delegation with its head and counts. */
@Component
class DelegationOverview implements EventPageSection {

    private final DelegationManagement delegations;

    DelegationOverview(DelegationManagement delegations) {
        this.delegations = delegations;
    }

    @Override
    public void addTo(Model model, SignedInUser viewer, EventSummary event) {
        model.addAttribute("delegations", delegations.forEvent(viewer, event.id()));
    }
}
