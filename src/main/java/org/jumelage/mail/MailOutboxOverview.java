package org.jumelage.mail;

/** What the outbox holds, for administrators' pages outside the mail module (the desk). */
public interface MailOutboxOverview {

    OutboxCounts counts();
}
