/**
 * Outgoing e-mail through an outbox in the database: a module writes a mail in the same
 * transaction as the change it reports, and a background worker sends it by SMTP with retries and
 * back-off, never twice. Without SMTP settings the mail stays in the outbox, where administrators
 * read it.
 */
@ApplicationModule(allowedDependencies = {"shared", "account"})
@NullMarked
package org.jumelage.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
