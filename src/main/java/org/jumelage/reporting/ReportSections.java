package org.jumelage.reporting;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.reporting.FinalReport.SectionKind;

/**
 * The written sections of a final report to save: per kind, per language ({@code lv}, {@code en}),
 * the text. A kind that is absent stays as it is; a language absent from a kind stays as it is; a
 * language with a blank or {@code null} text is removed.
 *
 * @param texts kind → language → text (or {@code null} to remove)
 */
public record ReportSections(Map<SectionKind, Map<String, @Nullable String>> texts) {

    /** How long each section may be, in characters ({@code shared.TextLimits} counts them). */
    public static final int SUMMARY_MAX = 4000;

    public static final int TEXT_MAX = 20000;

    public ReportSections {
        Map<SectionKind, Map<String, @Nullable String>> copy = new EnumMap<>(SectionKind.class);
        texts.forEach((kind, byLanguage) ->
                copy.put(kind, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage))));
        texts = java.util.Collections.unmodifiableMap(copy);
    }

    /** The longest text a section of this kind may hold. */
    public static int max(SectionKind kind) {
        return kind == SectionKind.SUMMARY ? SUMMARY_MAX : TEXT_MAX;
    }
}
