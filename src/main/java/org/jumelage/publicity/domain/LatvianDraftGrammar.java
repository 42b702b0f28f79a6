package org.jumelage.publicity.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.shared.Countries;

/**
 * Latvian: country names in the nominative and genitive ({@code publicity/country-names-lv.csv}),
 * month forms ({@code publicity/months-lv.csv}, through {@link DraftDates}), „quotes”, “un”, and the
 * agreement of numbers ending in 1 (but not 11) with the singular.
 */
final class LatvianDraftGrammar implements DraftGrammar {

    static final LatvianDraftGrammar INSTANCE = new LatvianDraftGrammar();

    /** “2. atbalsta darbība: Demokrātiskā …”, “1. darbība: Aktīvi iedzīvotāji Eiropai”. */
    private static final Pattern STRAND = Pattern.compile("^(.*darbība)\\s*:\\s*(.+)$");

    /** “2.1. Pašvaldību sadraudzība”: the number, then the name. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*\\.?)\\s+(.+)$");

    private final WordForms countries = WordForms.read("publicity/country-names-lv.csv");

    private LatvianDraftGrammar() {}

    @Override
    public String language() {
        return "lv";
    }

    @Override
    public WordForms countryNames() {
        return countries;
    }

    @Override
    public String country(String code) {
        return countries.find(code, "nominative").orElseGet(() -> Countries.name(code, locale()));
    }

    @Override
    public String fromCountries(List<String> codes) {
        return list(codes.stream()
                .map(code -> countries.find(code, "genitive").orElseGet(() -> Countries.name(code, locale())))
                .toList());
    }

    @Override
    public String list(List<String> items) {
        return DraftLists.join(items, DraftLists.LATVIAN_AND);
    }

    @Override
    public String when(LocalDate start, @Nullable LocalDate end) {
        return DraftDates.latvian(start, end);
    }

    @Override
    public String period(LocalDate start, LocalDate end) {
        return DraftDates.latvianNumeric(start, end);
    }

    @Override
    public String date(LocalDate date) {
        return DraftDates.latvianNumeric(date);
    }

    @Override
    public String quote(String text) {
        return text.startsWith("„") || text.startsWith("“") || text.startsWith("\"") ? text : "„" + text + "”";
    }

    @Override
    public String programme(String name) {
        return quote(name);
    }

    @Override
    public boolean singular(long count) {
        return count % 10 == 1 && count % 100 != 11;
    }

    /**
     * The strand in the genitive when its name says what it is (“2. atbalsta darbība: X” → “2. atbalsta
     * darbības „X””), else as “virziena „X”” (CERV calls its strands virzieni); the measure as
     * “apakšpasākuma 2.1. „X”” (a measure of a strand, as the 2014–2020 guide names them) or
     * “pasākuma 1.1. „X”” for the 2007–2013 programme.
     */
    @Override
    public Optional<String> measure(MeasureSummary measure) {
        List<String> parts = new ArrayList<>();
        String strand = measure.strand() == null ? null : measure.strand().lv();
        if (strand != null) {
            Matcher named = STRAND.matcher(strand);
            parts.add(named.matches() ? named.group(1) + "s " + quote(named.group(2)) : "virziena " + quote(strand));
        }
        String name = measure.name().lv();
        if (name != null) {
            String noun = measure.programmeCode().toUpperCase(Locale.ROOT).startsWith("E4C-2007")
                    ? "pasākuma "
                    : "apakšpasākuma ";
            Matcher numbered = NUMBERED.matcher(name);
            parts.add(
                    numbered.matches()
                            ? noun + numbered.group(1) + " " + quote(numbered.group(2))
                            : noun + quote(name));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    /** Latvian infinitives end in -t or, reflexive, in -ties (“stiprināt”, “iesaistīties”). */
    @Override
    public boolean aimReadsAsPredicate(String aim) {
        String first = aim.strip().split("[\\s,.;:]", 2)[0];
        String word = first.toLowerCase(locale());
        return word.length() > 2
                && !first.equals(first.toUpperCase(locale()))
                && (word.endsWith("t") || word.endsWith("ties"));
    }
}
