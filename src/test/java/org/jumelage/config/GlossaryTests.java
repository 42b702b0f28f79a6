package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text follows the glossary (docs/glossary.md): no bundle uses a word that the glossary's "not"
 * columns rule out for a concept, so one word means one thing on every screen, mail and PDF.
 */
class GlossaryTests {

    static final Path GLOSSARY = Path.of("docs/glossary.md");

    /** One row of the glossary: words ruled out per language and where they are checked. */
    record Term(String concept, List<String> notEnglish, List<String> notLatvian, List<String> where) {

        boolean checks(String key) {
            return where.contains("all") || where.stream().anyMatch(key::startsWith);
        }
    }

    static List<Term> terms() throws IOException {
        List<Term> terms = new ArrayList<>();
        boolean inTerms = false;
        for (String line : Files.readAllLines(GLOSSARY)) {
            if (line.startsWith("## ")) {
                inTerms = line.equals("## Terms");
                continue;
            }
            if (!inTerms || !line.startsWith("|") || line.startsWith("| concept") || line.startsWith("| ---")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            terms.add(new Term(cells[0].strip(), list(cells[2]), list(cells[4]), list(cells[5])));
        }
        return terms;
    }

    static List<String> properNames() throws IOException {
        List<String> names = new ArrayList<>();
        boolean inNames = false;
        for (String line : Files.readAllLines(GLOSSARY)) {
            if (line.startsWith("## ")) {
                inNames = line.equals("## Proper names");
            } else if (inNames && line.startsWith("- ")) {
                String name = line.substring(2);
                int note = name.indexOf(" (");
                names.add((note < 0 ? name : name.substring(0, note)).strip());
            }
        }
        return names;
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(","))
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** The texts of {@code file} that use a word ruled out by a term of the glossary. */
    static List<String> violations(
            String file, Properties texts, boolean latvian, List<Term> terms, List<String> names) {
        List<String> found = new ArrayList<>();
        for (String key : texts.stringPropertyNames().stream().sorted().toList()) {
            String text = texts.getProperty(key);
            for (String name : names) {
                text = text.replace(name, "");
            }
            for (Term term : terms) {
                if (!term.checks(key)) {
                    continue;
                }
                for (String word : latvian ? term.notLatvian() : term.notEnglish()) {
                    if (wordStart(word).matcher(text).find()) {
                        found.add(file + " " + key + ": \"" + word + "…\" (" + term.concept() + ")");
                    }
                }
            }
        }
        return found;
    }

    private static Pattern wordStart(String word) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Test
    void theGlossaryHasTheConceptsThatClashed() throws IOException {
        assertThat(terms())
                .extracting(term -> term.concept().toLowerCase(Locale.ROOT))
                .anyMatch(concept -> concept.startsWith("measure"))
                .anyMatch(concept -> concept.startsWith("event"))
                .anyMatch(concept -> concept.startsWith("registration"))
                .anyMatch(concept -> concept.startsWith("check-in"))
                .anyMatch(concept -> concept.startsWith("sign in"))
                .anyMatch(concept -> concept.startsWith("call"))
                .anyMatch(concept -> concept.startsWith("grant"));
    }

    @Test
    void noBundleUsesAWordTheGlossaryRulesOut() throws IOException {
        List<Term> terms = terms();
        List<String> names = properNames();
        List<String> found = new ArrayList<>();
        for (String basename : MessageBundleTests.BASENAMES) {
            Path english = MessageBundleTests.BUNDLES.resolve(basename + ".properties");
            Path latvian = MessageBundleTests.BUNDLES.resolve(basename + "_lv.properties");
            found.addAll(violations(
                    english.getFileName().toString(), MessageBundleCheck.load(english), false, terms, names));
            found.addAll(
                    violations(latvian.getFileName().toString(), MessageBundleCheck.load(latvian), true, terms, names));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsAClashingWordOnlyWhereTheGlossarySaysSo() throws IOException {
        Properties texts = new Properties();
        texts.putAll(Map.of(
                "project.field.call", "Konkurss",
                "event.timeline.new", "Jauns pasākums",
                "project.field.measure", "Pasākums",
                "event.checkin.title", "Reģistrācija pasākumā",
                "account.sign-in.submit", "Pieteikties",
                "event.registration.submit", "Pieteikties",
                "programme.reference.number-only", "ES Finansējuma un konkursu portāla numurs"));

        assertThat(violations("x_lv.properties", texts, true, terms(), properNames()))
                .hasSize(6)
                .anyMatch(problem -> problem.contains("project.field.call"))
                .anyMatch(problem -> problem.contains("event.timeline.new"))
                .anyMatch(problem -> problem.contains("event.checkin.title") && problem.contains("pasākum"))
                .anyMatch(problem -> problem.contains("event.checkin.title") && problem.contains("reģistr"))
                .anyMatch(problem -> problem.contains("account.sign-in.submit"))
                .noneMatch(problem -> problem.contains("project.field.measure"))
                .noneMatch(problem -> problem.contains("event.registration.submit"))
                .noneMatch(problem -> problem.contains("programme.reference"));
    }
}
