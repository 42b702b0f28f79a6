package org.jumelage.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Users, their roles and their personal API tokens. Every change is written to the audit trail in
 * the same transaction. Refusals are {@link AccountException}s with a stable code and message key.
 */
public interface AccountManagement {

    /** The shortest password accepted, in characters. */
    int MIN_PASSWORD_LENGTH = 12;

    /** Finds a user by id. */
    Optional<UserSummary> findUser(long id);

    /** Finds a user by e-mail, ignoring letter case. */
    Optional<UserSummary> findUserByEmail(String email);

    /**
     * Lists users whose e-mail or display name contains {@code query} (ignoring case; an empty query
     * lists everybody), ordered by e-mail.
     */
    Page<UserSummary> listUsers(String query, Pageable pageable);

    /** Creates a user; refuses a taken e-mail, a weak password, or no role. */
    UserSummary createUser(NewUser command);

    /** Replaces a user's roles; refuses to take the last administrator's ADMIN role away. */
    UserSummary setRoles(long userId, Set<Role> roles);

    /** Enables or disables a user; refuses to disable oneself or the last enabled administrator. */
    UserSummary setEnabled(long userId, boolean enabled);

    /**
     * Makes the user a member of an organisation (whose existence the caller has checked), or of
     * none when {@code organisationId} is {@code null}.
     */
    UserSummary setOrganisation(long userId, @Nullable Long organisationId);

    /** The users who belong to an organisation, ordered by e-mail. */
    List<UserSummary> membersOf(long organisationId);

    /** Changes display name and preferred language. */
    UserSummary updateProfile(long userId, String displayName, String language);

    /**
     * Changes a user's own password after checking the current one. All the user's other sessions
     * end, and unused password-reset links stop working.
     *
     * @param keptSessionId the session making the change, which stays signed in; {@code null} ends all
     */
    void changePassword(long userId, String currentPassword, String newPassword, @Nullable String keptSessionId);

    /** The user's active (not revoked) API tokens, newest first. */
    List<ApiTokenSummary> listApiTokens(long userId);

    /** Creates a named API token; the returned secret is never available again. */
    CreatedApiToken createApiToken(long userId, String name);

    /** Revokes one of the user's own tokens; a revoked token no longer authenticates. */
    void revokeApiToken(long userId, long tokenId);

    /**
     * Authenticates an API call by the secret of a personal token.
     *
     * @return the token's owner, or empty when the secret is unknown, revoked, or its owner is disabled
     */
    Optional<SignedInUser> authenticateApiToken(String secret);

    /** The signed-in view of a user, or empty when the user is gone or disabled. */
    Optional<SignedInUser> signedInUser(long userId);
}
