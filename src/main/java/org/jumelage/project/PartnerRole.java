package org.jumelage.project;

/** The part an organisation plays in a project. Exactly one partner of a project is the lead. */
public enum PartnerRole {
    /** The applicant and coordinator. */
    LEAD,
    PARTNER,
    /** Takes part without an eligible partner's rights. */
    ASSOCIATED,
    /** Visits events without being a partner; does not count among the partners. */
    GUEST;

    /** Whether the role counts among the project's partners and countries. */
    public boolean countsAsPartner() {
        return this != GUEST;
    }
}
