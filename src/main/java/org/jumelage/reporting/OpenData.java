package org.jumelage.reporting;

import java.util.List;

/**
 * The open data: published projects, their partners, their published events and the attendance per
 * event and country, for everyone (no sign-in). What is public is what {@link
 * org.jumelage.publicity.PublicContent} says, the one definition; nothing else is read. No person is
 * named and no contact is given; attendance groups of fewer than 5 are not given as a number.
 * Every list can be narrowed to the projects of one organisation (lead or partner).
 */
public interface OpenData {

    /** Published projects, most recently published first. */
    List<OpenProject> projects();

    /** The partners of every published project, by project as {@link #projects()} orders them. */
    List<OpenPartner> partners();

    /** Published events of published projects, by id (of one organisation: by project, then start date). */
    List<OpenEvent> events();

    /** Attendance per published event and participant's country, for events that have begun. */
    List<OpenParticipation> participation();

    /**
     * The same four datasets for the published projects of one organisation.
     *
     * @throws OpenDataException not found when the organisation has no published project (or does not exist)
     */
    OpenData ofOrganisation(long organisationId);
}
