package org.jumelage.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jumelage.support.LanguageTexts;

/** Finds message keys that one language has and another lacks, and keys templates use that no bundle has. */
final class MessageBundleCheck {

    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    private MessageBundleCheck() {}

    static Properties load(Path file) {
        return LanguageTexts.load(file);
    }

    /** Keys of {@code reference} that {@code other} lacks, and keys of {@code other} that {@code reference} lacks. */
    static List<String> differences(String referenceName, Properties reference, String otherName, Properties other) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(reference.stringPropertyNames())) {
            if (!other.containsKey(key)) {
                problems.add(otherName + " lacks " + key);
            } else if (other.getProperty(key).isBlank()) {
                problems.add(otherName + " has an empty " + key);
            }
        }
        for (String key : new TreeSet<>(other.stringPropertyNames())) {
            if (!reference.containsKey(key)) {
                problems.add(referenceName + " lacks " + key);
            }
        }
        return problems;
    }

    /** The bundle of the languages beyond Latvian and English: one file per language, no English texts. */
    static final String TRANSLATION = LanguageTexts.TRANSLATION;

    /** The module bundles: an English file and a Latvian one each (not {@link #TRANSLATION}). */
    static List<String> basenames(Path folder) {
        return LanguageTexts.moduleBundles(folder);
    }

    /** All keys of the given bundles in one language ({@code null} for the English files). */
    static Properties merged(Path folder, List<String> basenames, String language) {
        Properties all = new Properties();
        for (String basename : basenames) {
            String file = basename + (language == null ? "" : "_" + language) + ".properties";
            all.putAll(load(folder.resolve(file)));
        }
        return all;
    }

    /** Keys that two English files both define: the first loaded would silently win. */
    static List<String> keysInMoreThanOneBundle(Path folder, List<String> basenames) {
        Map<String, String> owner = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (String basename : basenames) {
            for (String key : load(folder.resolve(basename + ".properties")).stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, basename);
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + basename);
                }
            }
        }
        return clashes;
    }

    /** The message keys a template names literally, as in {@code #{account.sign-in.title}}. */
    static Set<String> keysUsedIn(String template) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = STATIC_KEY.matcher(template);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    static List<Path> templates(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
