package org.jumelage.network;

import org.jspecify.annotations.Nullable;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;

/**
 * Who may change an organisation: administrators all, a coordinator their own organisation.
 * Everybody signed in may read organisations.
 */
public final class OrganisationPermissions {

    private OrganisationPermissions() {}

    /** True when {@code principal} (a {@link SignedInUser}; anything else is refused) may edit the organisation. */
    public static boolean mayEdit(@Nullable Object principal, long organisationId) {
        if (!(principal instanceof SignedInUser user)) {
            return false;
        }
        return user.hasRole(Role.ADMIN) || (user.hasRole(Role.COORDINATOR) && user.belongsTo(organisationId));
    }

    /** True when the user may register organisations. */
    public static boolean mayCreate(SignedInUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR);
    }
}
