package org.jumelage.publicity.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.PublicityException;
import org.jumelage.shared.LocalizedText;

/**
 * Article addresses: lower-case ASCII letters, digits and single hyphens between them, at most
 * {@value #MAX_LENGTH} characters. Derived from a title by transliterating Latvian, Lithuanian and
 * Polish letters (ā → a, š → s, ł → l, ż → z …) and turning everything else into hyphens.
 */
final class Slugs {

    static final int MAX_LENGTH = 120;

    /** What an address falls back to when the title has no letter or digit we can write in ASCII. */
    static final String FALLBACK = "article";

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    /** Letters that do not decompose into a base letter and a mark. */
    private static final Map<Character, String> SPECIAL = Map.of(
            'ł', "l", 'Ł', "l", 'ß', "ss", 'æ', "ae", 'Æ', "ae", 'ø', "o", 'Ø', "o", 'đ', "d", 'Đ', "d", 'œ', "oe");

    private Slugs() {}

    /** Whether a wanted address may be used as it is. */
    static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /**
     * The wanted address, trimmed and in lower case, when it is valid.
     *
     * @throws PublicityException when it has other characters or is too long
     */
    static String checked(String wanted) {
        String slug = wanted.strip().toLowerCase(Locale.ROOT);
        if (!isValid(slug)) {
            throw PublicityException.newsSlugInvalid(wanted.strip(), MAX_LENGTH);
        }
        return slug;
    }

    /** The address derived from the English title, else the Latvian one. */
    static String fromTitles(LocalizedText titles) {
        String title = titles.en() != null ? titles.en() : titles.lv();
        return of(title, MAX_LENGTH);
    }

    /** The text as an address of at most {@code maxLength} characters, cut at a hyphen when possible. */
    static String of(@Nullable String text, int maxLength) {
        if (text == null) {
            return FALLBACK;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String special = SPECIAL.get(c);
            plain.append(special != null ? special : String.valueOf(c));
        }
        String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFD);
        String ascii = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String slug = trimHyphens(NOT_SLUG.matcher(ascii).replaceAll("-"));
        if (slug.length() > maxLength) {
            String cut = slug.substring(0, maxLength);
            int hyphen = cut.lastIndexOf('-');
            slug = trimHyphens(hyphen > maxLength / 2 ? cut.substring(0, hyphen) : cut);
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** The base with {@code -n} appended, the base shortened so that the whole fits. */
    static String numbered(String base, int n) {
        String suffix = "-" + n;
        String head = base.length() + suffix.length() > MAX_LENGTH
                ? trimHyphens(base.substring(0, MAX_LENGTH - suffix.length()))
                : base;
        return head + suffix;
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
