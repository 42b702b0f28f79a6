/**
 * The desk: the signed-in home page, where a coordinator sees what needs doing today (upcoming
 * events and how full they are, open registrations, eligibility warnings, lists to print, deadlines,
 * recent activity), a partner their delegations and an administrator the instance's state. It owns
 * no data: it reads the other modules' facades, so it comes last in the module order.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "programme",
            "project",
            "event",
            "participation",
            "publicity",
            "mail"
        })
@NullMarked
package org.jumelage.desk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
