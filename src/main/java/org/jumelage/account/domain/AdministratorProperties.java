package org.jumelage.account.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, read at first start only.
 *
 * @param email JUMELAGE_ADMIN_EMAIL; empty means {@code admin@localhost}
 * @param password JUMELAGE_ADMIN_PASSWORD; empty means a random one, written to the log once
 * @param apiToken JUMELAGE_ADMIN_API_TOKEN; empty means none
 */
@ConfigurationProperties("jumelage.admin")
record AdministratorProperties(String email, String password, String apiToken) {

    AdministratorProperties {
        email = email == null ? "" : email.strip();
        password = password == null ? "" : password;
        apiToken = apiToken == null ? "" : apiToken.strip();
    }
}
