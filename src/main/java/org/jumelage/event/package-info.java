/**
 * Events of projects: partner meetings, conferences and citizens' meetings with their host towns,
 * dates, agenda and the participants each partner plans to send. Registration, attendance and
 * participant lists come later in this module.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "network", "project", "mail"})
@NullMarked
package org.jumelage.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
