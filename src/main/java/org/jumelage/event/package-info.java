/**
 * Events of projects: partner meetings, conferences and citizens' meetings with their host towns, dates, type and the
 * people each partner plans to send, and who may do what with them. Who takes part (delegations, registration,
 * attendance, lists) is the participation module, which fills in its parts of the event page and plans.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "network", "project"})
@NullMarked
package org.jumelage.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
