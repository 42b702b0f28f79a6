package org.jumelage.publicity.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.shared.Countries;

/**
 * English: country names alone and inside a sentence, with the article a few take
 * ({@code publicity/country-names-en.csv}), dates day-month-year, “quotes”, “and” without a serial
 * comma.
 */
final class EnglishDraftGrammar implements DraftGrammar {

    static final EnglishDraftGrammar INSTANCE = new EnglishDraftGrammar();

    private final WordForms countries = WordForms.read("publicity/country-names-en.csv");

    private EnglishDraftGrammar() {}

    @Override
    public String language() {
        return "en";
    }

    @Override
    public WordForms countryNames() {
        return countries;
    }

    @Override
    public String country(String code) {
        return countries.find(code, "name").orElseGet(() -> Countries.name(code, locale()));
    }

    @Override
    public String fromCountries(List<String> codes) {
        return list(codes.stream()
                .map(code -> countries.find(code, "in-sentence").orElseGet(() -> Countries.name(code, locale())))
                .toList());
    }

    @Override
    public String list(List<String> items) {
        return DraftLists.join(items, DraftLists.ENGLISH_AND);
    }

    @Override
    public String when(LocalDate start, @Nullable LocalDate end) {
        return DraftDates.english(start, end);
    }

    @Override
    public String period(LocalDate start, LocalDate end) {
        return DraftDates.english(start, end);
    }

    @Override
    public String date(LocalDate date) {
        return DraftDates.english(date, null);
    }

    @Override
    public String quote(String text) {
        return text.startsWith("“") || text.startsWith("\"") ? text : "“" + text + "”";
    }

    @Override
    public String programme(String name) {
        return name;
    }

    @Override
    public boolean singular(long count) {
        return count == 1;
    }

    /** “Strand 2: Democratic engagement and civic participation, measure 2.1 Town Twinning”. */
    @Override
    public Optional<String> measure(MeasureSummary measure) {
        List<String> parts = new ArrayList<>();
        String strand = measure.strand() == null ? null : measure.strand().en();
        if (strand != null) {
            parts.add(strand);
        }
        String name = measure.name().en();
        if (name != null) {
            parts.add("measure " + name);
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    /** English aims stand after a colon as written; telling an infinitive from a noun needs more than a rule. */
    @Override
    public boolean aimReadsAsPredicate(String aim) {
        return false;
    }
}
