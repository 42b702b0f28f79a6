package org.jumelage.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The person behind a request, as pages and API controllers receive it with
 * {@code @AuthenticationPrincipal}. It holds no secrets, so it can live in the session.
 *
 * @param id user id
 * @param email e-mail as the user entered it
 * @param displayName name shown in the interface
 * @param language preferred language tag ({@code lv} or {@code en})
 * @param roles the user's roles
 * @param organisationId the organisation the user belongs to, or {@code null} while none is set
 */
public record SignedInUser(
        long id,
        String email,
        String displayName,
        String language,
        Set<Role> roles,
        @Nullable Long organisationId) implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** The name Spring Security and the session registry know the user by: the e-mail. */
    @Override
    public String getName() {
        return email;
    }

    /** True when the user belongs to the given organisation. */
    public boolean belongsTo(long organisation) {
        return organisationId != null && organisationId == organisation;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
