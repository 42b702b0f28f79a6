package org.jumelage.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A text people enter in several languages (a title, an agenda, a consent text): Latvian and English,
 * and any other language of {@link Languages#ALL}. Serialised in the API as one flat object keyed by
 * language tag, {@code {"lv":"…","en":"…","pl":"…"}}. Any language may be missing; {@link #in(Locale)}
 * shows the reader's language, else English, else Latvian, else any other, and
 * {@link #languageIn(Locale)} says which one it showed, so a page can mark a fallback.
 *
 * @param lv the Latvian text, or {@code null}
 * @param en the English text, or {@code null}
 * @param others the texts in the other languages of {@link Languages#ALL}, by tag; never Latvian or
 *     English, never blank
 */
@Schema(
        description = "A text in several languages: one property per language tag of /api/v1/languages"
                + " (\"lv\", \"en\", \"pl\", \"sr-Latn\" …); a missing or blank language has no text.",
        type = "object",
        additionalPropertiesSchema = String.class,
        example = "{\"lv\":\"Pilsētu sadraudzība\",\"en\":\"Town twinning\",\"pl\":\"Partnerstwo miast\"}")
public record LocalizedText(@Nullable String lv, @Nullable String en, Map<String, String> others) {

    private static final LocalizedText EMPTY = new LocalizedText(null, null);

    /**
     * Tidies the texts (blank is missing, spaces around are dropped) and keeps the other languages in
     * the order of their tags.
     *
     * @throws IllegalArgumentException for a tag that is not one of {@link Languages#ALL}
     */
    public LocalizedText {
        lv = blankToNull(lv);
        en = blankToNull(en);
        Map<String, String> tidy = new TreeMap<>();
        for (Map.Entry<String, String> entry : others.entrySet()) {
            String tag = entry.getKey();
            if (!Languages.isKnown(tag)) {
                throw new IllegalArgumentException("Unknown language tag: " + tag);
            }
            String text = blankToNull(entry.getValue());
            if (text == null) {
                continue;
            }
            if ("lv".equals(tag)) {
                lv = lv == null ? text : lv;
            } else if ("en".equals(tag)) {
                en = en == null ? text : en;
            } else {
                tidy.put(tag, text);
            }
        }
        others = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tidy));
    }

    /** Latvian and English only. */
    public LocalizedText(@Nullable String lv, @Nullable String en) {
        this(lv, en, Map.of());
    }

    public static LocalizedText of(@Nullable String lv, @Nullable String en) {
        return new LocalizedText(lv, en);
    }

    /** No text in any language. */
    public static LocalizedText empty() {
        return EMPTY;
    }

    /**
     * Every language from one map keyed by tag, as the API and the stores write it ({@code null} or
     * blank values are missing).
     *
     * @throws IllegalArgumentException for a tag that is not one of {@link Languages#ALL}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LocalizedText ofAll(@Nullable Map<String, ? extends @Nullable String> texts) {
        if (texts == null) {
            return EMPTY;
        }
        Map<String, String> others = new LinkedHashMap<>();
        texts.forEach((tag, text) -> {
            if (text != null) {
                others.put(tag, text);
            } else if (!Languages.isKnown(tag)) {
                throw new IllegalArgumentException("Unknown language tag: " + tag);
            }
        });
        return new LocalizedText(null, null, others);
    }

    /**
     * As stored: the Latvian and English columns and the other languages as a JSON object in one text
     * column ({@code {"pl":"…","de":"…"}}, {@code null} when there are none), see {@link #othersAsJson()}.
     */
    public static LocalizedText stored(@Nullable String lv, @Nullable String en, @Nullable String othersJson) {
        return new LocalizedText(lv, en, StoredTexts.read(othersJson));
    }

    /** The other languages as the JSON object {@link #stored} reads, or {@code null} when there are none. */
    public @Nullable String othersAsJson() {
        return others.isEmpty() ? null : StoredTexts.write(others);
    }

    /** This text with the one in {@code tag} replaced (blank removes it). */
    public LocalizedText with(String tag, @Nullable String text) {
        Map<String, String> all = new LinkedHashMap<>(all());
        all.remove(tag);
        if (text != null) {
            all.put(tag, text);
        }
        return ofAll(all);
    }

    /** This text with the other languages replaced by {@code others} (Latvian and English kept). */
    public LocalizedText withOthers(Map<String, String> others) {
        return new LocalizedText(lv, en, others);
    }

    /** Every language that has a text, by tag: Latvian, English, then the others by tag. */
    @JsonValue
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        if (lv != null) {
            all.put("lv", lv);
        }
        if (en != null) {
            all.put("en", en);
        }
        all.putAll(others);
        return java.util.Collections.unmodifiableMap(all);
    }

    /** The text in one language, by tag of {@link Languages#ALL}. */
    public Optional<String> get(String tag) {
        return Optional.ofNullable(
                switch (tag) {
                    case "lv" -> lv;
                    case "en" -> en;
                    default -> others.get(tag);
                });
    }

    /**
     * The name of the field that holds one language of a text in forms and field errors: {@code titleLv},
     * {@code titleEn}, {@code titleOthers[pl]} for the prefix {@code title}.
     */
    public static String field(String prefix, String tag) {
        return switch (tag) {
            case "lv" -> prefix + "Lv";
            case "en" -> prefix + "En";
            default -> prefix + "Others[" + tag + "]";
        };
    }

    /** True when there is a text in the language with this tag. */
    public boolean has(String tag) {
        return get(tag).isPresent();
    }

    /**
     * The text in the locale's language ({@link Languages#tagOf}), else English, else Latvian, else the
     * first other language, else the empty string.
     */
    public String in(Locale locale) {
        String tag = languageIn(locale);
        return tag == null ? "" : get(tag).orElse("");
    }

    /**
     * The tag of the language {@link #in(Locale)} shows, or {@code null} when there is no text at all;
     * a page marks the shown text with it ({@code lang}) and names it in the fallback note.
     */
    public @Nullable String languageIn(Locale locale) {
        String own = Languages.tagOf(locale);
        if (has(own)) {
            return own;
        }
        if (en != null) {
            return "en";
        }
        if (lv != null) {
            return "lv";
        }
        return others.isEmpty() ? null : others.keySet().iterator().next();
    }

    /** True when the text in the locale's language is missing and {@link #in(Locale)} shows another. */
    public boolean isFallbackIn(Locale locale) {
        return !isEmpty() && !has(Languages.tagOf(locale));
    }

    public boolean isEmpty() {
        return lv == null && en == null && others.isEmpty();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
