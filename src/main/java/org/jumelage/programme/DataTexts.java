package org.jumelage.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The programme data (rule notes in {@code programme/rules/*.yaml}, call sources in
 * {@code programme/calls.json}) is written in English; {@code programme/texts.json} holds its Latvian
 * texts, so that a page in Latvian shows no English. A text the file does not know (for example a note
 * an administrator entered) is shown as written.
 */
public final class DataTexts {

    static final String FILE = "programme/texts.json";

    private static final Map<String, String> LATVIAN = load();

    private DataTexts() {}

    /** The text in the locale's language: Latvian from the file, else as written. */
    public static @Nullable String in(@Nullable String text, Locale locale) {
        if (text == null || !"lv".equals(locale.getLanguage())) {
            return text;
        }
        return LATVIAN.getOrDefault(text, text);
    }

    /** Whether the file has a Latvian text for {@code text}. */
    public static boolean hasLatvian(String text) {
        return LATVIAN.containsKey(text);
    }

    private static Map<String, String> load() {
        try (InputStream in = DataTexts.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            JsonNode latvian = JsonMapper.builder().build().readTree(in).path("lv");
            java.util.LinkedHashMap<String, String> texts = new java.util.LinkedHashMap<>();
            latvian.properties()
                    .forEach(entry -> texts.put(entry.getKey(), entry.getValue().asString()));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
