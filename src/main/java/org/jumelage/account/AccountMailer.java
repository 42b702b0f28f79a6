package org.jumelage.account;

/**
 * Where the account module puts the mails it sends (the password-reset link). The mail module
 * implements it with its outbox, so {@code account} need not depend on {@code mail}: the mail joins
 * the caller's transaction and is sent by the outbox worker.
 */
public interface AccountMailer {

    /**
     * Stores a plain-text mail for sending, in the caller's transaction.
     *
     * @param purpose a short machine-readable label, such as {@code account.password-reset}
     */
    void send(String to, String subject, String text, String purpose);
}
