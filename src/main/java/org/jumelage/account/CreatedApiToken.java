package org.jumelage.account;

/**
 * A token just created. The {@code secret} is shown to its owner this once; only its hash is stored.
 */
public record CreatedApiToken(ApiTokenSummary token, String secret) {}
