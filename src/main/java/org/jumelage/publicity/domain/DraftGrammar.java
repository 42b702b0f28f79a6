package org.jumelage.publicity.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.MeasureSummary;

/**
 * The grammar a news draft needs in one language: country names in the forms sentences take,
 * lists, dates, quotation marks, number agreement and the phrase naming the programme and measure.
 * The sentences themselves are messages ({@code publicity.draft.*} in the publicity bundle); this
 * fills their arguments with the right forms. Each language has one implementation and its data
 * files under {@code publicity/}.
 */
sealed interface DraftGrammar permits LatvianDraftGrammar, EnglishDraftGrammar {

    /** The languages drafts are written in. */
    List<String> LANGUAGES = List.of("lv", "en");

    /** The grammar of {@code lv} or {@code en}; empty for any other language. */
    static Optional<DraftGrammar> of(String language) {
        return switch (language) {
            case "lv" -> Optional.of(LatvianDraftGrammar.INSTANCE);
            case "en" -> Optional.of(EnglishDraftGrammar.INSTANCE);
            default -> Optional.empty();
        };
    }

    String language();

    default Locale locale() {
        return Locale.forLanguageTag(language());
    }

    /** The country names with every form a sentence takes, keyed by ISO code. */
    WordForms countryNames();

    /** The country's name on its own, as in “Kauno savivaldybė (Lietuva)”. */
    String country(String code);

    /** The countries as a list after “from”: “Lietuvas, Polijas un Latvijas”, “the Netherlands and Latvia”. */
    String fromCountries(List<String> codes);

    /** Items as a sentence lists them: “A, B un C”, “A, B and C”. */
    String list(List<String> items);

    /** A day or days as an adverbial of time (“2018. gada 8.–12. novembrī”, “8–12 November 2018”). */
    String when(LocalDate start, @Nullable LocalDate end);

    /** The implementation period in the form the origin documents use (“08.11.2018.–12.11.2018.”). */
    String period(LocalDate start, LocalDate end);

    /** One day, as the implementation period's start or end. */
    String date(LocalDate date);

    /** The text in the language's quotation marks, unless it is quoted already. */
    String quote(String text);

    /** The programme's name as the programme sentence names it („Eiropa pilsoņiem” in quotes, Europe for Citizens bare). */
    String programme(String name);

    /** Whether a count takes the singular (“1 partneris”, “21 partneris”; “1 partner”). */
    boolean singular(long count);

    /**
     * The strand and measure, in the case the programme sentence needs them (“2. atbalsta darbības
     * „…”, apakšpasākuma 2.1. „Pašvaldību sadraudzība””); empty when the measure has no name.
     */
    Optional<String> measure(MeasureSummary measure);

    /**
     * Whether the aim can follow “the project's aim is” as it stands: a Latvian aim that opens
     * with an infinitive (“Stiprināt …”) reads “Projekta mērķis ir stiprināt …”.
     */
    boolean aimReadsAsPredicate(String aim);
}
