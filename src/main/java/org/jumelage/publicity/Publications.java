package org.jumelage.publicity;

import org.jumelage.account.SignedInUser;

/**
 * The published flags of projects and events. Publishing is explicit and audited; only the
 * project's editors change a flag. An event is public only while its project is public too.
 */
public interface Publications {

    Publication ofProject(SignedInUser viewer, long projectId);

    Publication ofEvent(SignedInUser viewer, long eventId);

    /** Publishes or withdraws a project; the same value again changes nothing and records nothing. */
    Publication publishProject(SignedInUser editor, long projectId, boolean published);

    /** Publishes or withdraws an event; the same value again changes nothing and records nothing. */
    Publication publishEvent(SignedInUser editor, long eventId, boolean published);
}
