package org.jumelage.network;

import org.jspecify.annotations.Nullable;

/**
 * Why a town is on a map, as a message: {@code key} is a message key whose argument {@code {0}} is
 * {@code via}, for example {@code map.reason.project-partner} ("Partner in {0}") with the project's
 * title.
 *
 * @param key a message key of any bundle
 * @param via the name the message mentions (a project, an organisation, a town), or {@code null}
 */
public record MapReason(String key, @Nullable String via) {}
