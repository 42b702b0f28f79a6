package org.jumelage.project;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/** A dated result of a project: a presentation given, experience gained, a proposal made. */
public record OutcomeSummary(long id, @Nullable LocalDate date, OutcomeKind kind, LocalizedText text) {}
