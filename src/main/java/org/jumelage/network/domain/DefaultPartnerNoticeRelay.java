package org.jumelage.network.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.mail.MailOutbox;
import org.jumelage.mail.OutgoingMail;
import org.jumelage.network.NetworkException;
import org.jumelage.network.PartnerNotice;
import org.jumelage.network.PartnerNoticeRelay;
import org.jumelage.network.PartnerNotices;
import org.jumelage.network.RelayConfirmation;
import org.jumelage.network.RelayConfirmation.Outcome;
import org.jumelage.network.RelayLimitReached;
import org.jumelage.network.RelayMessage;
import org.jumelage.network.persistence.NoticeStore;
import org.jumelage.network.persistence.NoticeStore.PendingMessage;
import org.jumelage.shared.Languages;
import org.jumelage.shared.SubmissionRateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay of answers to partner-search notices. The rate limit is counted before the message is
 * stored and outside its transaction (as the public-form limiter wants), so a refused flood leaves
 * nothing behind. Only the SHA-256 hash of a link's token is stored.
 */
@Service
class DefaultPartnerNoticeRelay implements PartnerNoticeRelay {

    static final String PER_ADDRESS = "partner-notice-relay";
    static final String PER_EMAIL = "partner-notice-relay-email";

    private final PartnerNotices notices;
    private final NoticeStore store;
    private final MailOutbox outbox;
    private final SubmissionRateLimit rateLimit;
    private final AuditTrail auditTrail;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String publicUrl;
    private final int perAddress;
    private final int perEmail;
    private final SecureRandom random = new SecureRandom();

    DefaultPartnerNoticeRelay(
            PartnerNotices notices,
            NoticeStore store,
            MailOutbox outbox,
            SubmissionRateLimit rateLimit,
            AuditTrail auditTrail,
            MessageSource messages,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${jumelage.public-url:http://localhost:8080}") String publicUrl,
            @Value("${jumelage.partner-notices.relay-per-address:5}") int perAddress,
            @Value("${jumelage.partner-notices.relay-per-email:3}") int perEmail) {
        this.notices = notices;
        this.store = store;
        this.outbox = outbox;
        this.rateLimit = rateLimit;
        this.auditTrail = auditTrail;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.perAddress = perAddress;
        this.perEmail = perEmail;
    }

    @Override
    public void submit(long noticeId, RelayMessage message, String clientAddress, Locale language) {
        RelayMessage checked = NoticeRules.check(message);
        PartnerNotice notice = notices.current(noticeId).orElseThrow(() -> NetworkException.noticeNotFound(noticeId));
        if (store.contactAddresses(notice.organisationId()).isEmpty()) {
            throw NetworkException.noticeUnreachable();
        }
        String email = checked.email();
        Optional<Duration> wait = rateLimit
                .count(PER_ADDRESS, hash(clientAddress), perAddress)
                .or(() -> rateLimit.count(PER_EMAIL, hash(email.toLowerCase(Locale.ROOT)), perEmail));
        if (wait.isPresent()) {
            throw new RelayLimitReached(wait.get());
        }
        // the visitor's language on the public site: any language participants read
        String lang = Languages.knownOrDefault(Languages.tagOf(language));
        Locale locale = Languages.locale(lang);
        String token = newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofHours(LINK_HOURS));
        transaction.executeWithoutResult(status -> {
            long id = store.insertMessage(
                    new PendingMessage(
                            0,
                            noticeId,
                            checked.name(),
                            email,
                            checked.organisation(),
                            checked.town(),
                            checked.text(),
                            lang,
                            "PENDING",
                            expires),
                    hash(token),
                    now);
            String link = publicUrl + "/" + lang + "/partner-notices/confirm/" + token;
            String title = notice.title().in(locale);
            outbox.enqueue(new OutgoingMail(
                    email,
                    messages.getMessage("notices.mail.confirm.subject", new Object[] {title}, locale),
                    messages.getMessage(
                            "notices.mail.confirm.text",
                            new Object[] {
                                checked.name(), title, notice.organisationName().in(locale), link, LINK_HOURS
                            },
                            locale),
                    null,
                    List.of(),
                    "network.notice-confirm"));
            auditTrail.record("network.notice.message-received", "notice " + noticeId, "message " + id);
        });
    }

    @Override
    @Transactional
    public RelayConfirmation confirm(String token) {
        Optional<PendingMessage> found = token.length() > 100 ? Optional.empty() : store.messageByToken(hash(token));
        if (found.isEmpty()) {
            return new RelayConfirmation(Outcome.UNKNOWN, null);
        }
        PendingMessage message = found.get();
        if ("RELAYED".equals(message.status())) {
            return new RelayConfirmation(Outcome.ALREADY_RELAYED, message.noticeId());
        }
        Optional<PartnerNotice> notice = notices.current(message.noticeId());
        List<String> contacts =
                notice.map(n -> store.contactAddresses(n.organisationId())).orElse(List.of());
        if (clock.instant().isAfter(message.expiresAt()) || contacts.isEmpty()) {
            return new RelayConfirmation(Outcome.EXPIRED, message.noticeId());
        }
        if (!store.markRelayed(message.id(), clock.instant())) {
            return new RelayConfirmation(Outcome.ALREADY_RELAYED, message.noticeId());
        }
        PartnerNotice answered = notice.get();
        // The organisation reads in its country's language: Latvian for Latvian ones, else English.
        Locale locale = Locale.forLanguageTag("LV".equals(answered.country()) ? "lv" : "en");
        String title = answered.title().in(locale);
        String subject = messages.getMessage("notices.mail.relay.subject", new Object[] {title}, locale);
        String text = messages.getMessage(
                "notices.mail.relay.text",
                new Object[] {
                    message.senderName(),
                    orDash(message.senderOrganisation()),
                    orDash(message.senderTown()),
                    title,
                    message.body(),
                    publicUrl + "/" + Languages.tagOf(locale) + "/partner-notices/" + answered.id()
                },
                locale);
        for (String contact : contacts) {
            outbox.enqueue(new OutgoingMail(
                    contact, subject, text, null, List.of(), "network.notice-relay", message.senderEmail()));
        }
        auditTrail.record("network.notice.message-relayed", "notice " + answered.id(), "message " + message.id());
        return new RelayConfirmation(Outcome.RELAYED, answered.id());
    }

    private static String orDash(@Nullable String text) {
        return text == null ? "–" : text;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 in hex, 64 characters: how tokens are stored and how senders are counted. */
    static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
