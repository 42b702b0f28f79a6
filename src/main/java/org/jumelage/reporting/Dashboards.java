package org.jumelage.reporting;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.IsAdministrator;
import org.jumelage.account.SignedInUser;

/**
 * The dashboards: a portfolio of the projects a person may see, in charts, and the instance
 * administrator's overview across organisations. Both are read from the other modules' facades,
 * which decide what the person may see; nothing is stored.
 */
public interface Dashboards {

    /**
     * The dashboard of the projects the viewer may see: their organisation's projects (as lead or
     * partner), every project for administrators.
     *
     * @param organisationId administrators only: keep the projects this organisation takes part in;
     *     ignored for everybody else, whose portfolio is their organisation's already
     * @param locale the language of the rows' labels
     */
    PortfolioDashboard portfolio(SignedInUser viewer, @Nullable Long organisationId, Locale locale);

    /** Administrators: every organisation's projects, events, participants, countries and grants. */
    @IsAdministrator
    InstanceOverview overview(SignedInUser administrator, Locale locale);
}
