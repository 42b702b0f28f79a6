package org.jumelage.participation.web;

import java.time.Clock;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventPageSection;
import org.jumelage.event.EventSummary;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The registration section of the event page: state, counts and the public link to copy. The link
 * is shown while the public form takes registrations, as anybody could find it; the settings
 * themselves (token of a link switched off or closed, consent versions) are for editors only.
 */
@Component
class RegistrationOverview implements EventPageSection {

    private final RegistrationSettingsManagement settings;
    private final Clock clock;
    private final String publicUrl;

    RegistrationOverview(
            RegistrationSettingsManagement settings,
            Clock clock,
            @Value("${jumelage.public-url:http://localhost:8080}") String publicUrl) {
        this.settings = settings;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public void addTo(Model model, SignedInUser me, EventSummary event) {
        model.addAttribute("registrationState", settings.state(me, event.id()));
        model.addAttribute("registrationCounts", settings.counts(me, event.id()));
        model.addAttribute(
                "publicRegistrationUrl",
                settings.openPublicRegistrationToken(event.id())
                        .map(token -> publicUrl + "/register/" + token)
                        .orElse(null));
        model.addAttribute("now", clock.instant());
    }
}
