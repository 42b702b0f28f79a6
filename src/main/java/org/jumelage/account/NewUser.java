package org.jumelage.account;

import java.util.Set;

/**
 * Command to create a user.
 *
 * @param email e-mail, unique regardless of letter case
 * @param displayName name shown in the interface
 * @param password initial password; must satisfy the password policy
 * @param language preferred language tag ({@code lv} or {@code en})
 * @param roles at least one role
 */
public record NewUser(String email, String displayName, String password, String language, Set<Role> roles) {

    public NewUser {
        roles = Set.copyOf(roles);
    }
}
