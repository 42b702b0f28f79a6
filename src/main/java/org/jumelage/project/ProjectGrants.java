package org.jumelage.project;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    /**
     * {@link #forecast(SignedInUser, long, Locale)} for many projects at once: the projects, their
     * events with the registered and attended people, and the partners' organisations and towns are
     * read together, and each project is then judged by the same rules engine.
     *
     * @return by project id in the order given; projects the viewer may not see are left out
     */
    java.util.Map<Long, GrantForecast> forecasts(
            SignedInUser viewer, java.util.Collection<Long> projectIds, Locale locale);

    /**
     * The forecast with one delegation left out: "what if this delegation cancels". A delegation the
     * project does not have leaves the forecast as it stands (and says so in {@code without}, {@code null}).
     *
     * @param without the delegation to leave out, or {@code null} for the project as it stands
     * @throws ProjectException not found when the viewer may not see the project
     */
    GrantForecast forecast(SignedInUser viewer, long projectId, Locale locale, @Nullable CancelledDelegation without);

    /**
     * What the project's grant agreement awarded, if recorded.
     *
     * @throws ProjectException not found when the viewer may not see the project
     */
    Optional<GrantAward> award(SignedInUser viewer, long projectId);

    /**
     * The recorded awards of those of these projects the viewer may see, read together.
     *
     * @return by project id; projects without an award, or that the viewer may not see, are left out
     */
    java.util.Map<Long, GrantAward> awards(SignedInUser viewer, java.util.Collection<Long> projectIds);

    /**
     * Records (or replaces) the project's grant award, audited as {@code project.grant-award}: a
     * positive amount with at most two decimals (below 10 million), in EUR, an agreement number of at
     * most 100 characters, a signing day not in the future, conditions of at most 4,000 characters.
     *
     * @throws ProjectException not found when the editor may not see the project, not allowed when they
     *     may see but not edit it, invalid naming the field
     */
    GrantAward recordAward(SignedInUser editor, long projectId, GrantAwardDraft draft);

    /**
     * Whether the awarded amount is secured, at risk, or reduced (see {@link GrantVerdict}).
     *
     * @param locale the language event titles are given in, for the reasons
     * @throws ProjectException not found when the viewer may not see the project
     */
    GrantVerdict verdict(SignedInUser viewer, long projectId, Locale locale);

    /** The verdict on the award for a forecast already made (for example one with a delegation left out). */
    GrantVerdict verdict(@Nullable GrantAward award, GrantForecast forecast);
}
