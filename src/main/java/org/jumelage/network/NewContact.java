package org.jumelage.network;

import org.jspecify.annotations.Nullable;

public record NewContact(String name, @Nullable String email, @Nullable String phone, @Nullable String position) {}
