package org.jumelage.shared.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.Languages;
import org.jumelage.shared.LocalizedText;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The template side of {@link LocalizedText}, in the language of the current request (the bean is named
 * {@code content}): {@code ${@content.text(event.titles)}} is the reader's language or the fallback,
 * {@code ${@content.lang(…)}} the tag of the language shown (for {@code lang}), and the fragment
 * {@code fragments/content :: fallback(text)} the visible note when it is not the reader's. Language
 * names come from the JDK's CLDR data ({@link #name(String)}), never from a bundle key per language.
 */
public final class ContentLanguages {

    /** The languages a form offers beyond Latvian and English, in the order of {@link Languages#ALL}. */
    public static final List<String> OTHERS = Languages.ALL.stream()
            .filter(tag -> !"lv".equals(tag) && !"en".equals(tag))
            .toList();

    public String text(@Nullable LocalizedText text) {
        return text == null ? "" : text.in(locale());
    }

    public @Nullable String lang(@Nullable LocalizedText text) {
        return text == null ? null : text.languageIn(locale());
    }

    public boolean fallback(@Nullable LocalizedText text) {
        return text != null && text.isFallbackIn(locale());
    }

    /** The reader's language tag ({@code sr-Latn} for Serbian in Latin script). */
    public String reader() {
        return Languages.tagOf(locale());
    }

    /** The name of a language in the reader's language ("Polish", "poļu"). */
    public String name(@Nullable String tag) {
        return tag == null ? "" : name(tag, locale());
    }

    /** The name of a language in another language, from the JDK's locale data. */
    public static String name(String tag, Locale in) {
        return Locale.forLanguageTag(tag).getDisplayName(in);
    }

    /** Every language of {@link Languages#ALL}, for a choice among them (an event's working languages). */
    public List<String> all() {
        return Languages.ALL;
    }

    public List<String> others() {
        return OTHERS;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
