package org.jumelage.project;

/** The kinds of outcome the project reports list. */
public enum OutcomeKind {
    PRESENTATION,
    EXPERIENCE,
    PROPOSAL,
    CONTACTS,
    OTHER
}
