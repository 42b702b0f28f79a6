package org.jumelage.publicity;

import org.jumelage.account.SignedInUser;

/**
 * Writes a news draft from a project's or an event's data, in the style of the origin documents:
 * the lead as lead partner, the partners' countries listed grammatically, programme and measure,
 * the aim, the meeting with its dates and host towns, the implementation period, the coordinator's
 * contact and the funding statement. The project's editors may ask for a draft (a draft becomes
 * an article they publish); others who see the project are refused, others still are told it does not exist.
 */
public interface NewsDraftWriter {

    /** @param language {@code lv} or {@code en} */
    NewsDraft forProject(SignedInUser editor, long projectId, String language);

    /** @param language {@code lv} or {@code en} */
    NewsDraft forEvent(SignedInUser editor, long eventId, String language);
}
