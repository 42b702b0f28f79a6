package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The completeness of each language, and the README's languages table that shows it. */
class TranslationCoverageTests {

    static final Path README = Path.of("README.md");

    static final String TABLE_START = "<!-- languages table: TranslationCoverageTests checks it -->";

    static final String TABLE_END = "<!-- end of languages table -->";

    @Test
    void englishIsTheSourceAndLatvianAndEnglishAreAlwaysStaffLanguages() {
        TranslationCoverage.Coverage english = TranslationCoverage.of("en");
        assertThat(english.staffTotal()).isGreaterThan(1000);
        assertThat(english.staffComplete()).isTrue();
        assertThat(english.participantPercent()).isEqualByComparingTo("100.0");
        assertThat(TranslationCoverage.staffLanguages()).startsWith("en", "lv");
        assertThat(TranslationCoverage.isStaffLanguage("lv")).isTrue();
        assertThat(TranslationCoverage.all().keySet()).containsExactlyElementsOf(Languages.ALL);
        assertThat(TranslationCoverage.isStaffLanguage("xx")).isFalse();
    }

    @Test
    void aLanguageIsOfferedToStaffOnlyWhenItHasEveryKey() {
        for (String tag : Languages.ALL) {
            TranslationCoverage.Coverage coverage = TranslationCoverage.of(tag);
            assertThat(coverage.participantKeys()).as(tag).isLessThanOrEqualTo(coverage.participantTotal());
            if (!Languages.isSupported(tag)) {
                assertThat(TranslationCoverage.isStaffLanguage(tag)).as(tag).isEqualTo(coverage.staffComplete());
            }
        }
    }

    @Test
    void sharesAreRoundedDownSoOnlyCompleteIsHundred() {
        assertThat(new TranslationCoverage.Coverage(1999, 2000, 0, 10).participantPercent())
                .isEqualByComparingTo("99.9");
        assertThat(new TranslationCoverage.Coverage(0, 10, 1, 3).staffPercent()).isEqualByComparingTo("33.3");
        assertThat(new TranslationCoverage.Coverage(0, 0, 0, 0).staffPercent()).isEqualByComparingTo("100.0");
    }

    /** The README's table as the bundles make it; the failure message shows the table to paste. */
    static String table() {
        StringBuilder table = new StringBuilder()
                .append("| Language | In English | Tag | Script | Participant-facing | Staff interface |\n")
                .append("| --- | --- | --- | --- | ---: | ---: |\n");
        TranslationCoverage.all()
                .forEach((tag, coverage) -> table.append("| ")
                        .append(Languages.ownName(tag))
                        .append(" | ")
                        .append(Languages.englishName(tag))
                        .append(" | `")
                        .append(tag)
                        .append("` | ")
                        .append(Languages.script(tag))
                        .append(" | ")
                        .append(coverage.participantPercent().toPlainString())
                        .append(" % | ")
                        .append(TranslationCoverage.isStaffLanguage(tag) ? "yes, " : "")
                        .append(coverage.staffPercent().toPlainString())
                        .append(" % |\n"));
        return table.toString();
    }

    @Test
    void theReadmeTableShowsTheComputedCompleteness() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);
        assertThat(start).as("README has the languages table").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String written = readme.substring(start + TABLE_START.length(), end).strip() + "\n";
        List<String> lines = new ArrayList<>(List.of(written.split("\n")));
        assertThat(lines)
                .as("the README's languages table; paste:%n%s", table())
                .containsExactlyElementsOf(List.of(table().split("\n")));
    }
}
