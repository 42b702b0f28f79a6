package org.jumelage.project;

import java.util.Locale;
import org.jumelage.account.SignedInUser;

/**
 * The live eligibility check and grant forecast of a project: its measure, call, partners and event
 * delegations checked against the programme rules, once for the planned participants and, when the
 * events record them, once each for the registered and the attended ones.
 */
public interface ProjectGrants {

    /**
     * Forecasts the project's grant. A project the rules cannot be applied to (no rule set for its
     * measure and call year, no call year at all) comes back with a {@link GrantForecast#problem()}
     * instead of failing.
     *
     * @param locale the language event titles are given in, for the rules' messages
     * @throws ProjectException not found when the viewer may not see the project
     */
    GrantForecast forecast(SignedInUser viewer, long projectId, Locale locale);
}
