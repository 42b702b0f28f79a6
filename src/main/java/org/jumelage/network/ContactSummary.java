package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/** A contact person of an organisation. */
public record ContactSummary(
        long id,
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String position) {}
