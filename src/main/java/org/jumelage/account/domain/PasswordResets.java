package org.jumelage.account.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountException;
import org.jumelage.account.AccountMailer;
import org.jumelage.account.PasswordRecovery;
import org.jumelage.account.UserSummary;
import org.jumelage.shared.Languages;
import org.jumelage.shared.TranslationCoverage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password". A request for an enabled account mails a link with a random secret (32 bytes;
 * only its SHA-256 hash is stored, as for API tokens), valid for {@code jumelage.password-reset.validity}
 * (default one hour), once; a newer link or any password change makes older ones unusable. At most
 * {@value #MAX_MAILS_PER_ADDRESS} mails go to one address and {@value #MAX_REQUESTS_PER_CLIENT}
 * requests are served from one client address per {@link #WINDOW}; beyond that, and for unknown or
 * disabled accounts, nothing is mailed, but the request is recorded and audited the same way and
 * the caller answers the same, so nobody learns which addresses have an account. Setting the new
 * password ends all the account's sessions. A sign-in lock on the account stays until it expires.
 */
@Service
class PasswordResets implements PasswordRecovery {

    static final int MAX_MAILS_PER_ADDRESS = 3;
    static final int MAX_REQUESTS_PER_CLIENT = 20;
    static final Duration WINDOW = Duration.ofHours(1);
    static final String MAIL_PURPOSE = "account.password-reset";
    private static final Duration KEEP_REQUESTS = Duration.ofDays(1);
    private static final int MAX_EMAIL_KEY = 254;
    private static final int MAX_ADDRESS = 64;
    private static final String NO_ADDRESS = "unknown";

    private final UserRepository users;
    private final PasswordResetRepository resets;
    private final PasswordChanges passwordChanges;
    private final ApiTokenSecrets secrets;
    private final AccountMailer mailer;
    private final MessageSource messages;
    private final DatabaseAuditTrail auditTrail;
    private final Clock clock;
    private final Duration validity;
    private final String publicUrl;

    PasswordResets(
            UserRepository users,
            PasswordResetRepository resets,
            PasswordChanges passwordChanges,
            ApiTokenSecrets secrets,
            AccountMailer mailer,
            MessageSource messages,
            DatabaseAuditTrail auditTrail,
            Clock clock,
            @Value("${jumelage.password-reset.validity:1h}") Duration validity,
            @Value("${jumelage.public-url:http://localhost:8080}") String publicUrl) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("jumelage.password-reset.validity must be positive, is " + validity);
        }
        this.users = users;
        this.resets = resets;
        this.passwordChanges = passwordChanges;
        this.secrets = secrets;
        this.mailer = mailer;
        this.messages = messages;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.validity = validity;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    @Transactional
    public void requestReset(String email, Locale requestLocale, @Nullable String clientAddress) {
        Instant now = clock.instant();
        String emailKey = cut(User.emailKey(email), MAX_EMAIL_KEY);
        String address =
                clientAddress == null || clientAddress.isBlank() ? NO_ADDRESS : cut(clientAddress, MAX_ADDRESS);
        resets.deleteCreatedBefore(now.minus(validity.plus(KEEP_REQUESTS)));
        // The secret is made and hashed for every request, so that unknown addresses cost the same.
        String secret = secrets.newLinkSecret();
        String hash = ApiTokenSecrets.hash(secret);
        Instant since = now.minus(WINDOW);
        boolean clientOverLimit =
                resets.countByRemoteAddressAndCreatedAtAfter(address, since) >= MAX_REQUESTS_PER_CLIENT;
        boolean addressOverLimit =
                resets.countByEmailKeyAndTokenHashIsNotNullAndCreatedAtAfter(emailKey, since) >= MAX_MAILS_PER_ADDRESS;
        Optional<User> account = users.findByEmailKey(emailKey).filter(User::isEnabled);
        String refusal = account.isEmpty()
                ? "no enabled account"
                : clientOverLimit
                        ? "more than " + MAX_REQUESTS_PER_CLIENT + " requests from the client in " + WINDOW.toMinutes()
                                + " minutes"
                        : addressOverLimit
                                ? "more than " + MAX_MAILS_PER_ADDRESS + " mails to the address in "
                                        + WINDOW.toMinutes() + " minutes"
                                : null;
        if (refusal != null) {
            resets.save(PasswordReset.withoutLink(account.map(User::id).orElse(null), emailKey, now, address));
            auditTrail.record("account.password-reset.refused", emailKey, "no mail: " + refusal);
            return;
        }
        User user = account.get();
        resets.findByUserIdAndTokenHashIsNotNullAndUsedAtIsNullAndReplacedAtIsNull(user.id())
                .forEach(earlier -> earlier.replace(now));
        Instant expiresAt = now.plus(validity);
        resets.save(PasswordReset.withLink(user.id(), emailKey, hash, now, expiresAt, address));
        mail(user, secret, requestLocale);
        auditTrail.record("account.password-reset.requested", user.email(), "link mailed, valid until " + expiresAt);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isUsable(String secret) {
        return usable(secret).isPresent();
    }

    @Override
    @Transactional(noRollbackFor = AccountException.class)
    public void resetPassword(String secret, String newPassword) {
        Optional<PasswordReset> found = resets.findByTokenHash(ApiTokenSecrets.hash(secret));
        Optional<User> user = usable(secret).flatMap(reset -> users.findById(requireUser(reset)));
        if (user.isEmpty()) {
            String target = found.map(PasswordReset::userId)
                    .flatMap(users::findById)
                    .map(User::email)
                    .orElse(null);
            auditTrail.record(
                    "account.password-reset.refused",
                    target,
                    found.isEmpty() ? "unknown link" : "link expired, used, replaced or account disabled");
            throw AccountException.passwordResetInvalid();
        }
        PasswordReset reset = found.orElseThrow();
        passwordChanges.check(user.get(), newPassword);
        reset.use(clock.instant());
        passwordChanges.change(user.get(), newPassword, null, "with a reset link");
        auditTrail.record("account.password-reset.completed", user.get().email(), null);
    }

    private Optional<PasswordReset> usable(String secret) {
        Instant now = clock.instant();
        return resets.findByTokenHash(ApiTokenSecrets.hash(secret))
                .filter(reset -> reset.isUsableAt(now))
                .filter(reset -> users.findById(requireUser(reset))
                        .filter(User::isEnabled)
                        .isPresent());
    }

    private static long requireUser(PasswordReset reset) {
        Long userId = reset.userId();
        if (userId == null) {
            throw new IllegalStateException("A reset with a link has a user");
        }
        return userId;
    }

    private void mail(User user, String secret, Locale requestLocale) {
        UserSummary summary = user.toSummary();
        // The account's language when the interface supports it, else the request's.
        Locale locale = TranslationCoverage.isStaffLanguage(summary.language())
                ? Languages.locale(summary.language())
                : requestLocale;
        String link = publicUrl + "/password/reset?token=" + secret;
        String text = message(locale, "account.password-reset.mail.greeting", summary.displayName())
                + "\n\n"
                + message(locale, "account.password-reset.mail.body")
                + "\n\n"
                + link
                + "\n\n"
                + message(locale, "account.password-reset.mail.validity", validity.toMinutes())
                + "\n\n"
                + message(locale, "account.password-reset.mail.ignore")
                + "\n\n"
                + message(locale, "account.password-reset.mail.footer");
        mailer.send(user.email(), message(locale, "account.password-reset.mail.subject"), text, MAIL_PURPOSE);
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
