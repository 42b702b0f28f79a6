package org.jumelage.programme;

/** The kinds of body the programme rules name (the same names as the network module's organisation types). */
public enum ApplicantType {
    MUNICIPALITY,
    REGION,
    ASSOCIATION_OF_LOCAL_AUTHORITIES,
    TWINNING_COMMITTEE,
    CIVIL_SOCIETY_ORGANISATION,
    SCHOOL_OR_UNIVERSITY,
    OTHER
}
