package org.jumelage.mail.persistence;

import org.jumelage.mail.OutgoingMail;

/** A mail a worker has claimed, with the number of attempts including this one. */
public record ClaimedMail(long id, int attempts, OutgoingMail mail) {}
