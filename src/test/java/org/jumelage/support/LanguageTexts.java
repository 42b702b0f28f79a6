package org.jumelage.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The texts of one language as its files write them: English and Latvian in the module bundles
 * ({@code <module>.properties}, {@code <module>_lv.properties}), every other language in its one file
 * {@code translation_<tag>.properties} ({@code sr-Latn} → {@code translation_sr_Latn}). Tests compare
 * what a page or a mail shows with these, so an English fallback where a translation is missing fails.
 */
public final class LanguageTexts {

    public static final Path BUNDLES = Path.of("src/main/resources/i18n");

    /** The bundle of the languages beyond Latvian and English. */
    public static final String TRANSLATION = "translation";

    private LanguageTexts() {}

    /** The file of a language beyond Latvian and English. */
    public static Path translationFile(Path bundles, String tag) {
        return bundles.resolve(TRANSLATION + "_" + tag.replace('-', '_') + ".properties");
    }

    /** All texts of a language ({@code en}, {@code lv}, {@code pl}, {@code sr-Latn} …); empty when it has no file yet. */
    public static Properties of(String tag) {
        return of(BUNDLES, moduleBundles(BUNDLES), tag);
    }

    public static Properties of(Path bundles, List<String> basenames, String tag) {
        Properties texts = new Properties();
        if (tag.equals("en") || tag.equals("lv")) {
            for (String basename : basenames) {
                texts.putAll(load(bundles.resolve(basename + (tag.equals("en") ? "" : "_lv") + ".properties")));
            }
            return texts;
        }
        Path file = translationFile(bundles, tag);
        return Files.exists(file) ? load(file) : texts;
    }

    /** The module bundles: {@code messages}, {@code event} … (not {@link #TRANSLATION}). */
    public static List<String> moduleBundles(Path bundles) {
        try (Stream<Path> files = Files.list(bundles)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("[a-z]+\\.properties"))
                    .filter(name -> !name.equals(TRANSLATION + ".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Properties load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
