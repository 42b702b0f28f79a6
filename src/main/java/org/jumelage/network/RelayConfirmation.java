package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * What opening a confirmation link did.
 *
 * @param noticeId the notice the message answers, or {@code null} when the link is unknown
 */
public record RelayConfirmation(Outcome outcome, @Nullable Long noticeId) {

    public enum Outcome {
        /** The message has now been relayed to the organisation. */
        RELAYED,
        /** The message had been relayed before; nothing was sent again. */
        ALREADY_RELAYED,
        /** The link is past its time, or the notice is no longer current; nothing was sent. */
        EXPIRED,
        /** No message has this link. */
        UNKNOWN
    }
}
