/**
 * Who takes part in the events of projects: partners' delegations (also imported from lists), registration with its
 * settings, public form, personal page and mails, check-in and attendance, participant lists, evidence and retention.
 * It builds on the event module, which knows nothing of it; the event page and event plans get its parts through
 * {@code EventPageSection} and {@code EventTurnout}.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "account", "network", "programme", "project", "storage", "mail", "event"})
@NullMarked
package org.jumelage.participation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
