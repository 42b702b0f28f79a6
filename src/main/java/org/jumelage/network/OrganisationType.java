package org.jumelage.network;

/**
 * What kind of body an organisation is. The programme rules name the same kinds (rule
 * {@code applicant-type}) and use this list; there is no second one.
 */
public enum OrganisationType {
    MUNICIPALITY,
    REGION,
    ASSOCIATION_OF_LOCAL_AUTHORITIES,
    TWINNING_COMMITTEE,
    CIVIL_SOCIETY_ORGANISATION,
    SCHOOL_OR_UNIVERSITY,
    OTHER
}
