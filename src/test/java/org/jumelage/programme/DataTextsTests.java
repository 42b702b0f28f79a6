package org.jumelage.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Everything English in the programme data has a Latvian text, and Latvian pages show it. */
class DataTextsTests {

    static final Locale LV = Locale.forLanguageTag("lv");
    static final Path DATA = Path.of("src/main/resources/programme");
    static final Pattern NOTE = Pattern.compile("(?m)^\\s+note:\\s*(.+)$");
    static final Pattern SOURCE = Pattern.compile("\"source\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    static List<String> englishTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(DATA.resolve("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Matcher note = NOTE.matcher(Files.readString(file));
                while (note.find()) {
                    texts.add(unquoted(note.group(1).strip()));
                }
            }
        }
        Matcher source = SOURCE.matcher(Files.readString(DATA.resolve("calls.json")));
        while (source.find()) {
            texts.add(source.group(1).replace("\\\"", "\""));
        }
        return texts;
    }

    private static String unquoted(String text) {
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1).replace("\\\"", "\"")
                : text;
    }

    @Test
    void everyNoteAndSourceOfTheDataHasALatvianText() throws IOException {
        List<String> texts = englishTexts();

        assertThat(texts).contains("The lowest lump sum.").hasSizeGreaterThan(40);
        assertThat(texts)
                .allSatisfy(text -> assertThat(DataTexts.hasLatvian(text))
                        .as("Latvian text in programme/texts.json for: " + text)
                        .isTrue());
    }

    @Test
    void theTextFollowsTheReadersLanguage() {
        assertThat(DataTexts.in("The lowest lump sum.", LV)).isEqualTo("Mazākais vienreizējais maksājums.");
        assertThat(DataTexts.in("The lowest lump sum.", Locale.ENGLISH)).isEqualTo("The lowest lump sum.");
        assertThat(DataTexts.in("entered by hand", LV)).isEqualTo("entered by hand");
        assertThat(DataTexts.in(null, LV)).isNull();
    }

    @Test
    void aRuleNoteIsShownInLatvianOnTheLatvianEvaluation() {
        RuleSource lowest = new RuleSource(
                List.of("https://example.org/guide"),
                Confidence.CONFIRMED,
                "2014–2020",
                "The lowest lump sum.",
                null,
                null);
        GrantEvaluation evaluation = GrantEvaluationViewTests.evaluation(
                List.of(new RuleCheck(
                        "min-grant",
                        RuleCheck.CheckStatus.PASSED,
                        5000,
                        5000,
                        "",
                        "rules.check.invited",
                        List.of(5000, 5000),
                        lowest)),
                GrantEvaluationViewTests.EXACT);

        assertThat(GrantEvaluationView.of(evaluation, GrantEvaluationViewTests.messages(), LV)
                        .checks()
                        .get(0)
                        .source()
                        .note())
                .isEqualTo("Mazākais vienreizējais maksājums.");
    }
}
