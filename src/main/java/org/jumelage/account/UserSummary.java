package org.jumelage.account;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user as other modules and the API see it; never carries the password hash.
 *
 * @param organisationId the organisation the user belongs to, or {@code null} while none is set
 */
public record UserSummary(
        long id,
        String email,
        String displayName,
        String language,
        Set<Role> roles,
        boolean enabled,
        @Nullable Long organisationId,
        Instant createdAt) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
