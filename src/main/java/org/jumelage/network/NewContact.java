package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * A contact person to add to an organisation.
 *
 * @param name required, at most 200 characters
 * @param email an e-mail address, or {@code null}
 * @param phone at most 50 characters, or {@code null}
 * @param position job title or role, at most 200 characters, or {@code null}
 */
public record NewContact(
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String position) {}
