package org.jumelage.network;

/** Why partner search proposes a town. */
public enum PartnerReasonKind {
    /** Already a twin of one of the starting towns ({@code via} names it). */
    TWIN,
    /** A twin of a twin ({@code via} is the twin in between), not itself linked to a starting town. */
    TWIN_OF_TWIN,
    /** Took part in other projects of this instance under the same measure. */
    PAST_PROJECT,
    /** Took part in other projects of this instance on one of the project's themes. */
    THEME,
    /** About as many inhabitants as the lead town (half to twice). */
    POPULATION,
    /** Its country is one the measure's rules still need for the partnership. */
    COUNTRY_NEEDED
}
