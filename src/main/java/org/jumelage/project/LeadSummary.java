package org.jumelage.project;

import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/** The lead partner as lists show it. */
public record LeadSummary(@Nullable Long id, @Nullable LocalizedText name, String country) {}
