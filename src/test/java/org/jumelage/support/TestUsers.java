package org.jumelage.support;

import java.util.Set;
import java.util.UUID;
import org.jumelage.account.NewUser;
import org.jumelage.account.Role;

/** Object mother for users: each call makes a new, unique e-mail. */
public final class TestUsers {

    public static final String ADMIN_EMAIL = "admin@jumelage.test";
    public static final String ADMIN_PASSWORD = "Test-Administrator-Password-1";
    public static final String ADMIN_API_TOKEN = "jmlg_test_administrator_token_0123456789abcdef";
    public static final String PASSWORD = "Daugavpils-Latgale-2018";

    private TestUsers() {}

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public static NewUser coordinator(String email) {
        return new NewUser(email, "Jana Ūzuliņa", PASSWORD, "lv", Set.of(Role.COORDINATOR));
    }

    public static NewUser withRoles(String email, Role... roles) {
        return new NewUser(email, "Test User", PASSWORD, "en", Set.of(roles));
    }
}
