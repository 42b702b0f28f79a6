package org.jumelage.network;

import java.util.Locale;

/**
 * Answers to partner-search notices, relayed by mail without showing any address. A message is
 * stored as pending and its sender gets a confirmation link (valid {@value #LINK_HOURS} hours);
 * only when the link is opened is the message sent to the organisation's contacts, with replies
 * going to the sender. Neither the sender nor any page ever sees the organisation's addresses.
 * Senders are limited per client address and per e-mail address ({@link RelayLimitReached}).
 */
public interface PartnerNoticeRelay {

    int MAX_NAME = 200;
    int MAX_ORGANISATION = 300;
    int MAX_TOWN = 200;
    int MAX_TEXT = 5000;
    int LINK_HOURS = 48;

    /**
     * Stores the message and sends the confirmation link to its sender.
     *
     * @param clientAddress the client's address, for the rate limit
     * @param language the sender's language (lv or en): of the confirmation mail and its link
     * @throws NetworkException when the notice is not current or the message breaks a rule
     * @throws RelayLimitReached when the sender has sent too many messages in the window
     */
    void submit(long noticeId, RelayMessage message, String clientAddress, Locale language);

    /** Relays the message whose link carries {@code token}, once. */
    RelayConfirmation confirm(String token);
}
