package org.jumelage.account.domain;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    /**
     * Passwords are hashed with Argon2id (OWASP Password Storage Cheat Sheet's first choice); the
     * hash names its algorithm, so BCrypt hashes imported from elsewhere still verify.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                ARGON2,
                Map.of(
                        ARGON2,
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withBuiltInList();
    }

    @Bean
    ApiTokenSecrets apiTokenSecrets() {
        return new ApiTokenSecrets();
    }
}
