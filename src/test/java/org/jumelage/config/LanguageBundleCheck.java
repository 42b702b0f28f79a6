package org.jumelage.config;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jumelage.support.LanguageTexts;

/**
 * The checks of the participant-facing languages ({@code shared.Languages.ALL}): where each language's
 * texts are, which keys participants read, and whether a translation keeps what the English text
 * promises: its arguments, valid ICU syntax, the plural categories of its own language, and words of
 * its own rather than the English ones. Each check takes its texts as {@link Properties}, so a test can
 * show it failing on texts made up in memory.
 */
final class LanguageBundleCheck {

    /** A key written as a Java string literal, {@code "event.registration.mail.subject."}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+\\.?)\"");

    /** A key in a template's {@code #messages.msg('…'} or {@code #messages.msgWithParams('…'}. */
    private static final Pattern MESSAGES_CALL =
            Pattern.compile("#messages\\.msg(?:WithParams|OrNull)?\\(\\s*'([a-z][a-z0-9.-]*)'");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private LanguageBundleCheck() {}

    /** The file of a language beyond Latvian and English: {@code sr-Latn} → {@code translation_sr_Latn.properties}. */
    static Path translationFile(Path bundles, String tag) {
        return LanguageTexts.translationFile(bundles, tag);
    }

    /** All texts of a language (see {@link LanguageTexts}). */
    static Properties texts(Path bundles, List<String> basenames, String tag) {
        return LanguageTexts.of(bundles, basenames, tag);
    }

    /** The keys of a key list file: one per line, {@code #} starts a comment. */
    static List<String> keyList(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys that {@code texts} lacks or leaves empty. */
    static List<String> missing(List<String> keys, Properties texts) {
        List<String> problems = new ArrayList<>();
        for (String key : keys) {
            String text = texts.getProperty(key);
            if (text == null) {
                problems.add("lacks " + key);
            } else if (text.isBlank()) {
                problems.add("has an empty " + key);
            }
        }
        return problems;
    }

    /** Keys of a translation that English does not have (a typo, or a text English has dropped). */
    static List<String> unknownKeys(Properties english, Properties translation) {
        return new TreeSet<>(translation.stringPropertyNames())
                .stream()
                        .filter(key -> !english.containsKey(key))
                        .map(key -> "has " + key + ", which English lacks")
                        .toList();
    }

    /**
     * The arguments a message names, e.g. {@code [0, 1]}, or {@code null} when the message is not valid
     * ICU syntax.
     */
    static Set<String> arguments(String message) {
        MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        try {
            pattern.parse(message);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
        Set<String> arguments = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER
                    || part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                arguments.add(pattern.getSubstring(part));
            }
        }
        return arguments;
    }

    /** Messages whose arguments differ from the English message's ({@code {0}} lost, {@code {2}} made up). */
    static List<String> argumentDifferences(Properties english, Properties translation) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(translation.stringPropertyNames())) {
            String original = english.getProperty(key);
            if (original == null) {
                continue;
            }
            Set<String> expected = arguments(original);
            Set<String> found = arguments(translation.getProperty(key));
            if (expected != null && found != null && !expected.equals(found)) {
                problems.add(key + " has arguments " + found + ", English " + expected);
            }
        }
        return problems;
    }

    /**
     * Messages that ICU cannot read in the language ({@code new MessageFormat(text, locale)}), plural
     * forms the language does not have (Polish has one, few, many, other; English one, other; ICU itself
     * refuses a plural without {@code other}), and an apostrophe doubled in a text without arguments (shown doubled).
     */
    static List<String> icuProblems(String tag, Properties english, Properties translation) {
        ULocale locale = ULocale.forLanguageTag(tag);
        Set<String> cardinal =
                PluralRules.forLocale(locale, PluralRules.PluralType.CARDINAL).getKeywords();
        Set<String> ordinal =
                PluralRules.forLocale(locale, PluralRules.PluralType.ORDINAL).getKeywords();
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(translation.stringPropertyNames())) {
            String text = translation.getProperty(key);
            String original = english.getProperty(key);
            Set<String> originalArguments = original == null ? null : arguments(original);
            boolean withArguments = text.contains("{") || (originalArguments != null && !originalArguments.isEmpty());
            if (!withArguments) {
                if (text.contains("''") && (original == null || !original.contains("''"))) {
                    problems.add(key + " has no arguments, so '' shows as two apostrophes: " + text);
                }
                continue;
            }
            try {
                new MessageFormat(text, locale);
            } catch (IllegalArgumentException e) {
                problems.add(key + " is not a valid ICU message (" + e.getMessage() + "): " + text);
                continue;
            }
            MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
            pattern.parse(text);
            for (int i = 0; i < pattern.countParts(); i++) {
                MessagePattern.Part part = pattern.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_START
                        && (part.getArgType() == MessagePattern.ArgType.PLURAL
                                || part.getArgType() == MessagePattern.ArgType.SELECTORDINAL)) {
                    Set<String> allowed = part.getArgType() == MessagePattern.ArgType.PLURAL ? cardinal : ordinal;
                    Set<String> used = selectors(pattern, i);
                    for (String selector : used) {
                        if (!selector.startsWith("=") && !allowed.contains(selector)) {
                            problems.add(key + " uses the plural form '" + selector + "', which " + tag
                                    + " does not have " + new TreeSet<>(allowed) + ": " + text);
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** The selectors ({@code one}, {@code few}, {@code =0}) of the plural argument that starts at part {@code start}. */
    private static Set<String> selectors(MessagePattern pattern, int start) {
        Set<String> selectors = new LinkedHashSet<>();
        int limit = pattern.getLimitPartIndex(start);
        for (int j = start + 1; j < limit; j++) {
            MessagePattern.Part part = pattern.getPart(j);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                selectors.add(pattern.getSubstring(part));
            } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                j = pattern.getLimitPartIndex(j);
            }
        }
        return selectors;
    }

    /**
     * An accepted English value: {@code app.name # the product's name} for every language, {@code
     * layout.language.* # …} for a family of keys, {@code de:event.x # …} for one language only.
     */
    record Accepted(String language, String key) {

        static List<Accepted> read(Path file) {
            return keyList(file).stream().map(Accepted::parse).toList();
        }

        static Accepted parse(String line) {
            int colon = line.indexOf(':');
            return colon < 0
                    ? new Accepted(null, line)
                    : new Accepted(line.substring(0, colon), line.substring(colon + 1));
        }

        boolean covers(String tag, String candidate) {
            if (language != null && !language.equals(tag)) {
                return false;
            }
            return key.endsWith("*") ? candidate.startsWith(key.substring(0, key.length() - 1)) : key.equals(candidate);
        }
    }

    /**
     * Texts left as the English ones: the same value in {@code translation} as in {@code english}, unless
     * the value has no letters besides its arguments ({@code {0} – {1}}) or the key is accepted.
     */
    static List<String> leftInEnglish(
            String tag, List<String> keys, Properties english, Properties translation, List<Accepted> accepted) {
        List<String> problems = new ArrayList<>();
        for (String key : keys) {
            String text = translation.getProperty(key);
            if (text == null || !text.equals(english.getProperty(key))) {
                continue;
            }
            String words = text.replaceAll("\\{[^{}]*}", "");
            if (!LETTER.matcher(words).find()) {
                continue;
            }
            if (accepted.stream().noneMatch(entry -> entry.covers(tag, key))) {
                problems.add(key + " is still English: " + text);
            }
        }
        return problems;
    }

    /**
     * The keys a Java class names as string literals that {@code english} has; a literal ending in a dot
     * ({@code "event.registration.mail.subject."}) stands for every key that starts with it.
     */
    static Set<String> keysUsedInJava(String source, Properties english) {
        Set<String> keys = new TreeSet<>();
        Matcher literal = KEY_LITERAL.matcher(source);
        while (literal.find()) {
            String candidate = literal.group(1);
            if (candidate.endsWith(".")) {
                english.stringPropertyNames().stream()
                        .filter(key -> key.startsWith(candidate))
                        .forEach(keys::add);
            } else if (english.containsKey(candidate)) {
                keys.add(candidate);
            }
        }
        return keys;
    }

    /**
     * The keys a template names: statically ({@code #{event.registration.title}}) and in
     * {@code #messages.msg('event.registration.done.' + …)}, where a literal ending in a dot stands for every
     * key that starts with it.
     */
    static Set<String> keysUsedInTemplate(String template, Properties english) {
        Set<String> keys = new TreeSet<>(MessageBundleCheck.keysUsedIn(template));
        Matcher call = MESSAGES_CALL.matcher(template);
        while (call.find()) {
            String candidate = call.group(1);
            if (candidate.endsWith(".")) {
                english.stringPropertyNames().stream()
                        .filter(key -> key.startsWith(candidate))
                        .forEach(keys::add);
            } else {
                keys.add(candidate);
            }
        }
        return keys;
    }

    /** Keys of {@code used} not in {@code listed}, each as {@code <where>: <key>}. */
    static List<String> unlisted(String where, Set<String> used, Set<String> listed) {
        return used.stream()
                .filter(key -> !listed.contains(key))
                .map(key -> where + ": " + key)
                .toList();
    }

    /** True when a language's texts have every key of every bundle, so staff can work in it too. */
    static boolean staffComplete(Properties english, Properties texts) {
        return english.stringPropertyNames().stream()
                .allMatch(
                        key -> texts.containsKey(key) && !texts.getProperty(key).isBlank());
    }
}
