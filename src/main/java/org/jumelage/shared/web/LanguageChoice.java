package org.jumelage.shared.web;

import org.jumelage.shared.Languages;

/**
 * An entry of a language menu (templates/fragments/languages.html): the same page in a language,
 * named in that language ({@link Languages#ownName}), and whether it is the page's language.
 *
 * @param lang the language's tag ({@code sr-Latn}), for {@code hreflang} and {@code lang}
 * @param name the language's own name
 * @param href the address of the page in the language
 * @param current whether the page is in the language
 */
public record LanguageChoice(String lang, String name, String href, boolean current) {

    /** The entry of a language of {@link Languages#ALL}. */
    public static LanguageChoice of(String lang, String href, boolean current) {
        return new LanguageChoice(lang, Languages.ownName(lang), href, current);
    }
}
