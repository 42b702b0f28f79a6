package org.jumelage.publicity;

import org.jumelage.account.SignedInUser;

/**
 * Writes a news draft from a project's or an event's data, in the style of the origin documents:
 * the lead as lead partner, the partners' countries listed grammatically, programme and measure,
 * the aim, the meeting with its dates and host towns, the implementation period, the coordinator's
 * contact and the funding statement. Anyone who may see the project may ask for a draft.
 */
public interface NewsDraftWriter {

    /** @param language {@code lv} or {@code en} */
    NewsDraft forProject(SignedInUser viewer, long projectId, String language);

    /** @param language {@code lv} or {@code en} */
    NewsDraft forEvent(SignedInUser viewer, long eventId, String language);
}
