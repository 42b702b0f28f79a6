package org.jumelage.event;

/** The kinds of event a project holds. */
public enum EventType {
    PARTNER_MEETING,
    CONFERENCE,
    CITIZENS_MEETING,
    WORKSHOP,
    STUDY_VISIT,
    ONLINE
}
