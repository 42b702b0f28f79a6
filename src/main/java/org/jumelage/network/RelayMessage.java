package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * A visitor's answer to a partner-search notice, as typed. Plain text only.
 *
 * @param name the sender's name, required, at most {@value PartnerNoticeRelay#MAX_NAME} characters
 * @param email the sender's address, required ({@link org.jumelage.shared.EmailAddress})
 * @param organisation the sender's organisation, or {@code null}
 * @param town the sender's town, or {@code null}
 * @param text the message, required, at most {@value PartnerNoticeRelay#MAX_TEXT} characters
 */
public record RelayMessage(
        @Nullable String name,
        @Nullable String email,
        @Nullable String organisation,
        @Nullable String town,
        @Nullable String text) {}
