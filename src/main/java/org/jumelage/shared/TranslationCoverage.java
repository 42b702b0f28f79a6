package org.jumelage.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * How complete each language of {@link Languages#ALL} is, computed once from the bundles on the
 * class path: the <em>participant-facing</em> share (keys of {@code i18n/participant-keys.txt} the
 * language has) and the <em>staff</em> share (all keys of all bundles). English is the source, so it
 * is complete by definition; Latvian has its module files {@code <module>_lv.properties}; every
 * other language has {@code i18n/translation_<tag>.properties}. A value left empty counts as missing.
 *
 * <p>The staff interface is in Latvian, English and every language whose staff share is 100 %
 * ({@link #staffLanguages()}); participant surfaces offer all of {@link Languages#ALL}. Shares are
 * percentages rounded <em>down</em> to one decimal, so a language shows 100.0 only when it has every key.
 */
public final class TranslationCoverage {

    private static final String FOLDER = "i18n/";

    private static final Map<String, Coverage> COVERAGE = compute();

    private TranslationCoverage() {}

    /**
     * A language's completeness.
     *
     * @param participantKeys participant-facing keys the language has
     * @param participantTotal participant-facing keys in all
     * @param staffKeys keys of all bundles the language has
     * @param staffTotal keys of all bundles
     */
    public record Coverage(int participantKeys, int participantTotal, int staffKeys, int staffTotal) {

        /** Participant-facing share in percent, one decimal, rounded down. */
        public BigDecimal participantPercent() {
            return percent(participantKeys, participantTotal);
        }

        /** Staff share (all keys) in percent, one decimal, rounded down. */
        public BigDecimal staffPercent() {
            return percent(staffKeys, staffTotal);
        }

        /** Whether the language has every key of every bundle. */
        public boolean staffComplete() {
            return staffKeys == staffTotal;
        }

        private static BigDecimal percent(int part, int whole) {
            if (whole == 0) {
                return new BigDecimal("100.0");
            }
            return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN);
        }
    }

    /** The completeness of a language of {@link Languages#ALL}. */
    public static Coverage of(String tag) {
        Coverage coverage = COVERAGE.get(tag);
        if (coverage == null) {
            throw new IllegalArgumentException("Not a language of Jumelage: " + tag);
        }
        return coverage;
    }

    /** Every language of {@link Languages#ALL} with its completeness, in that order. */
    public static Map<String, Coverage> all() {
        return COVERAGE;
    }

    /** Whether the staff interface is offered in the language: Latvian, English, and complete languages. */
    public static boolean isStaffLanguage(String tag) {
        return Languages.isSupported(tag) || (Languages.isKnown(tag) && of(tag).staffComplete());
    }

    /** The languages of the staff interface: English and Latvian first, then complete ones in {@link Languages#ALL}'s order. */
    public static List<String> staffLanguages() {
        List<String> languages = new java.util.ArrayList<>(Languages.SUPPORTED);
        for (String tag : Languages.ALL) {
            if (!languages.contains(tag) && isStaffLanguage(tag)) {
                languages.add(tag);
            }
        }
        return List.copyOf(languages);
    }

    private static Map<String, Coverage> compute() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            Set<String> allKeys = new TreeSet<>();
            Set<String> latvian = new HashSet<>();
            for (Resource resource : resolver.getResources("classpath*:" + FOLDER + "*.properties")) {
                String name = resource.getFilename();
                if (name == null || name.startsWith("translation")) {
                    continue;
                }
                if (name.matches("[a-z]+\\.properties")) {
                    allKeys.addAll(present(load(resource)));
                } else if (name.matches("[a-z]+_lv\\.properties")) {
                    latvian.addAll(present(load(resource)));
                }
            }
            Set<String> participant = participantKeys(resolver);
            Map<String, Coverage> coverage = new LinkedHashMap<>();
            for (String tag : Languages.ALL) {
                Set<String> has;
                if (Languages.DEFAULT.equals(tag)) {
                    has = allKeys;
                } else if ("lv".equals(tag)) {
                    has = latvian;
                } else {
                    Resource file = resolver.getResource(
                            "classpath:" + FOLDER + "translation_" + tag.replace('-', '_') + ".properties");
                    has = file.exists() ? present(load(file)) : Set.of();
                }
                coverage.put(
                        tag,
                        new Coverage(count(participant, has), participant.size(), count(allKeys, has), allKeys.size()));
            }
            return java.util.Collections.unmodifiableMap(coverage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(Set<String> wanted, Set<String> has) {
        int count = 0;
        for (String key : wanted) {
            if (has.contains(key)) {
                count++;
            }
        }
        return count;
    }

    private static Set<String> participantKeys(PathMatchingResourcePatternResolver resolver) throws IOException {
        Resource list = resolver.getResource("classpath:" + FOLDER + "participant-keys.txt");
        Set<String> keys = new TreeSet<>();
        if (!list.exists()) {
            return keys;
        }
        try (InputStream in = list.getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String key = line.strip();
                if (!key.isEmpty() && !key.startsWith("#")) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The keys with a non-empty value. */
    private static Set<String> present(Properties properties) {
        Set<String> keys = new HashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (!properties.getProperty(key).isBlank()) {
                keys.add(key);
            }
        }
        return keys;
    }
}
