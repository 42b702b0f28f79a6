package org.jumelage.event;

import org.jumelage.account.SignedInUser;
import org.springframework.ui.Model;

/**
 * A part of the event page that another module fills in, so the event module need not know it: the
 * participation module adds the registration state and the delegations.
 */
public interface EventPageSection {

    /** Adds what the section shows of the event to the page's model (the viewer may see the event). */
    void addTo(Model model, SignedInUser viewer, EventSummary event);
}
