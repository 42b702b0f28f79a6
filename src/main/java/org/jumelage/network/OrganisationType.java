package org.jumelage.network;

/** What kind of body an organisation is. */
public enum OrganisationType {
    MUNICIPALITY,
    REGION,
    ASSOCIATION_OF_LOCAL_AUTHORITIES,
    TWINNING_COMMITTEE,
    CIVIL_SOCIETY_ORGANISATION,
    SCHOOL_OR_UNIVERSITY,
    OTHER
}
