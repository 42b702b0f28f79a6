/**
 * Projects: the portfolio of EU-funded cooperation projects an organisation leads or partners, with
 * measure, call, reference number, period, money, partners by country and outcomes. Other modules
 * use {@link org.jumelage.project.ProjectManagement}; events hang off projects in the event module.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "network", "programme"})
@NullMarked
package org.jumelage.project;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
