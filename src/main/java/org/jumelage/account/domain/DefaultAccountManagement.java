package org.jumelage.account.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountException;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.ApiTokenSummary;
import org.jumelage.account.CreatedApiToken;
import org.jumelage.account.NewUser;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.account.UserSummary;
import org.jumelage.shared.EmailAddress;
import org.jumelage.shared.Languages;
import org.jumelage.shared.TranslationCoverage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultAccountManagement implements AccountManagement {

    /** Deliberately loose: one @, something before, a dot after. The real check is the mail that arrives. */
    private static final int MAX_NAME = 200;

    private static final int MAX_TOKEN_NAME = 100;

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApiTokenSecrets secrets;
    private final DatabaseAuditTrail auditTrail;
    private final PasswordChanges passwordChanges;
    private final Clock clock;

    DefaultAccountManagement(
            UserRepository users,
            ApiTokenRepository tokens,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            ApiTokenSecrets secrets,
            DatabaseAuditTrail auditTrail,
            PasswordChanges passwordChanges,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.secrets = secrets;
        this.auditTrail = auditTrail;
        this.passwordChanges = passwordChanges;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserSummary> findUser(long id) {
        return users.findById(id).map(User::toSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserSummary> findUserByEmail(String email) {
        return users.findByEmailKey(User.emailKey(email)).map(User::toSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<UserSummary> listUsers(String query, Pageable pageable) {
        return users.search(query.strip(), pageable).map(User::toSummary);
    }

    @Override
    @Transactional
    public UserSummary createUser(NewUser command) {
        String email = validEmail(command.email());
        String name = validName(command.displayName());
        String language = validLanguage(command.language());
        if (command.roles().isEmpty()) {
            throw AccountException.noRole();
        }
        if (users.existsByEmailKey(User.emailKey(email))) {
            throw AccountException.emailTaken(email);
        }
        passwordPolicy.check(command.password(), email);
        User user = users.save(new User(
                email, name, passwordEncoder.encode(command.password()), language, command.roles(), clock.instant()));
        auditTrail.record("account.user.created", user.email(), "roles " + sorted(command.roles()));
        return user.toSummary();
    }

    /** Creates the first administrator; used once, at first start. */
    @Transactional
    UserSummary createFirstAdministrator(String email, String password) {
        UserSummary admin = createUser(new NewUser(
                email, "Administrator", password, Languages.DEFAULT, EnumSet.of(Role.ADMIN, Role.COORDINATOR)));
        return admin;
    }

    @Override
    @Transactional
    public UserSummary setRoles(long userId, Set<Role> roles) {
        User user = load(userId);
        if (roles.isEmpty()) {
            throw AccountException.noRole();
        }
        if (user.hasRole(Role.ADMIN)
                && !roles.contains(Role.ADMIN)
                && user.isEnabled()
                && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw AccountException.lastAdministrator();
        }
        user.replaceRoles(roles);
        auditTrail.record("account.user.roles-changed", user.email(), "roles " + sorted(roles));
        return user.toSummary();
    }

    @Override
    @Transactional
    public UserSummary setEnabled(long userId, boolean enabled) {
        User user = load(userId);
        if (enabled) {
            user.enable();
            auditTrail.record("account.user.enabled", user.email(), null);
            return user.toSummary();
        }
        Long self = currentUserId();
        if (self != null && self == userId) {
            throw AccountException.cannotDisableSelf();
        }
        if (user.hasRole(Role.ADMIN) && user.isEnabled() && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw AccountException.lastAdministrator();
        }
        user.disable();
        tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(userId).forEach(t -> t.revoke(clock.instant()));
        auditTrail.record("account.user.disabled", user.email(), "API tokens revoked");
        return user.toSummary();
    }

    @Override
    @Transactional
    public UserSummary setOrganisation(long userId, @Nullable Long organisationId) {
        User user = load(userId);
        user.joinOrganisation(organisationId);
        auditTrail.record(
                "account.user.organisation-changed",
                user.email(),
                organisationId == null ? "none" : "organisation " + organisationId);
        return user.toSummary();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserSummary> membersOf(long organisationId) {
        return users.findByOrganisationIdOrderByEmailKey(organisationId).stream()
                .map(User::toSummary)
                .toList();
    }

    @Override
    @Transactional
    public UserSummary updateProfile(long userId, String displayName, String language) {
        User user = load(userId);
        user.updateProfile(validName(displayName), validLanguage(language));
        auditTrail.record("account.user.profile-changed", user.email(), null);
        return user.toSummary();
    }

    @Override
    @Transactional
    public void changePassword(
            long userId, String currentPassword, String newPassword, @Nullable String keptSessionId) {
        User user = load(userId);
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw AccountException.wrongCurrentPassword();
        }
        passwordChanges.change(user, newPassword, keptSessionId, "on the profile");
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> listApiTokens(long userId) {
        return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(userId).stream()
                .map(ApiToken::toSummary)
                .toList();
    }

    @Override
    @Transactional
    public CreatedApiToken createApiToken(long userId, String name) {
        User user = load(userId);
        String secret = secrets.newSecret();
        ApiTokenSummary token = saveToken(user, name, secret);
        return new CreatedApiToken(token, secret);
    }

    /** Stores a secret chosen by the operator (JUMELAGE_ADMIN_API_TOKEN) as a token of the user. */
    @Transactional
    ApiTokenSummary provisionApiToken(long userId, String name, String secret) {
        return saveToken(load(userId), name, secret);
    }

    private ApiTokenSummary saveToken(User user, String name, String secret) {
        String tokenName = name.strip();
        if (tokenName.isEmpty() || tokenName.length() > MAX_TOKEN_NAME) {
            throw AccountException.invalidName();
        }
        ApiToken token = tokens.save(new ApiToken(
                user.id(),
                tokenName,
                ApiTokenSecrets.shownPrefix(secret),
                ApiTokenSecrets.hash(secret),
                clock.instant()));
        auditTrail.record("account.api-token.created", user.email(), tokenName);
        return token.toSummary();
    }

    @Override
    @Transactional
    public void revokeApiToken(long userId, long tokenId) {
        ApiToken token =
                tokens.findByIdAndUserId(tokenId, userId).orElseThrow(() -> AccountException.tokenNotFound(tokenId));
        token.revoke(clock.instant());
        auditTrail.record("account.api-token.revoked", load(userId).email(), token.name());
    }

    @Override
    @Transactional
    public Optional<SignedInUser> authenticateApiToken(String secret) {
        return tokens.findByHash(ApiTokenSecrets.hash(secret))
                .filter(ApiToken::isActive)
                .flatMap(token -> users.findById(token.userId())
                        .filter(User::isEnabled)
                        .map(user -> {
                            token.markUsed(clock.instant());
                            return user.toSignedInUser();
                        }));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SignedInUser> signedInUser(long userId) {
        return users.findById(userId).filter(User::isEnabled).map(User::toSignedInUser);
    }

    @Transactional(readOnly = true)
    boolean hasAnyUser() {
        return users.count() > 0;
    }

    private User load(long userId) {
        return users.findById(userId).orElseThrow(() -> AccountException.userNotFound(userId));
    }

    private static String validEmail(String email) {
        String trimmed = email.strip();
        // The first administrator's default sign-in name is the one address without a domain we keep.
        if (!EmailAddress.isValid(trimmed) && !trimmed.equals(AdministratorProvisioning.DEFAULT_EMAIL)) {
            throw AccountException.invalidEmail(trimmed);
        }
        return trimmed;
    }

    private static String validName(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw AccountException.invalidName();
        }
        return trimmed;
    }

    private static String validLanguage(String language) {
        if (!TranslationCoverage.isStaffLanguage(language)) {
            throw AccountException.unsupportedLanguage(language);
        }
        return language;
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }

    private static @Nullable Long currentUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.id();
        }
        return null;
    }
}
