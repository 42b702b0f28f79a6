package org.jumelage.account.domain;

import java.security.SecureRandom;
import java.util.Base64;
import org.jumelage.account.AccountException;
import org.jumelage.account.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * At first start (no user at all), creates the administrator from JUMELAGE_ADMIN_EMAIL and
 * JUMELAGE_ADMIN_PASSWORD, or {@code admin@localhost} with a random password that is written to the
 * log this once. JUMELAGE_ADMIN_API_TOKEN, when set, becomes that administrator's API token.
 */
@Component
@Order(0)
class AdministratorProvisioning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorProvisioning.class);
    static final String DEFAULT_EMAIL = "admin@localhost";

    private final DefaultAccountManagement accounts;
    private final String email;
    private final String password;
    private final String apiToken;

    AdministratorProvisioning(DefaultAccountManagement accounts, AdministratorProperties properties) {
        this.accounts = accounts;
        this.email = properties.email();
        this.password = properties.password();
        this.apiToken = properties.apiToken();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAnyUser()) {
            return;
        }
        if (!apiToken.isBlank() && apiToken.length() < ApiTokenSecrets.MIN_PROVISIONED_LENGTH) {
            throw new IllegalStateException("JUMELAGE_ADMIN_API_TOKEN must be at least "
                    + ApiTokenSecrets.MIN_PROVISIONED_LENGTH + " characters long");
        }
        boolean generated = password.isBlank();
        String adminEmail = email.isBlank() ? DEFAULT_EMAIL : email;
        String adminPassword = generated ? randomPassword() : password;
        UserSummary admin;
        try {
            admin = accounts.createFirstAdministrator(adminEmail, adminPassword);
        } catch (AccountException e) {
            throw new IllegalStateException(
                    "Cannot create the first administrator from JUMELAGE_ADMIN_EMAIL/JUMELAGE_ADMIN_PASSWORD: "
                            + e.code(),
                    e);
        } catch (DataIntegrityViolationException e) {
            log.info("Another instance created the first administrator at the same moment");
            return;
        }
        if (!apiToken.isBlank()) {
            accounts.provisionApiToken(admin.id(), "JUMELAGE_ADMIN_API_TOKEN", apiToken);
        }
        if (generated) {
            log.warn(
                    "\n\n    First start: created administrator {} with password {}\n"
                            + "    This password is shown only once. Sign in and change it on your profile page.\n",
                    adminEmail,
                    adminPassword);
        } else {
            log.info("First start: created administrator {}", adminEmail);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
