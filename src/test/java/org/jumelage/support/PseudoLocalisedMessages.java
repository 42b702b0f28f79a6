package org.jumelage.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;

/**
 * Test configuration that decorates the application's message source so that every text from the
 * bundles is pseudo-localised: its letters accented, each word about 40 % longer and the whole text
 * in {@code ⟦…⟧}. A page shown with it has every text of the bundles in brackets, so letters outside
 * brackets are text that does not come from the bundles (or data), and a layout that breaks with long
 * words (German, Finnish) breaks here too. Texts that are patterns rather than words (date formats)
 * stay as they are; markup inside a text (a link in {@code th:utext}) stays intact.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PseudoLocalisedMessages {

    public static final String OPEN = "⟦";
    public static final String CLOSE = "⟧";

    /** Keys whose texts are patterns for formatters, not words people read. */
    private static final Pattern PATTERN_KEY = Pattern.compile("(^|\\.)format\\.");

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "áƀçđéƒğĥíĵķĺɱñóƥʠŕšŧúʋŵẋýžÁƁÇĐÉƑĞĤÍĴĶĹṀÑÓƤɊŔŠŦÚṼŴẊÝŽ";

    /** Things no bundle writes: addresses, e-mail addresses, check-in codes, country codes, numbers, punctuation. */
    public static final Pattern NOT_WORDS = Pattern.compile(
            "https?://\\S+|[\\w.+-]+@[\\w.-]+|\\b[A-Z0-9]{4}-[A-Z0-9]{4}\\b|\\b[A-Z]{2,3}\\b|[\\d\\p{Punct}\\p{Pd}\\p{Sc}±×·•…]+");

    public static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");

    /**
     * The lines of a page's text with words outside {@code ⟦…⟧} (nested or not) that {@code known} does
     * not know, each as {@code [words] in "line"}.
     */
    public static Set<String> wordsOutsideBrackets(String text, Predicate<String> known) {
        String outside = text;
        String before;
        do {
            before = outside;
            outside = outside.replaceAll(OPEN + "[^" + OPEN + CLOSE + "]*" + CLOSE, " ");
        } while (!outside.equals(before));
        Set<String> lines = new LinkedHashSet<>();
        for (String line : outside.split("\n")) {
            Matcher word = WORD.matcher(NOT_WORDS.matcher(line).replaceAll(" "));
            List<String> unknown = new ArrayList<>();
            while (word.find()) {
                if (!known.test(word.group())) {
                    unknown.add(word.group());
                }
            }
            if (!unknown.isEmpty()) {
                lines.add(unknown + " in \"" + line.strip() + "\"");
            }
        }
        return lines;
    }

    @Bean
    static BeanPostProcessor pseudoLocalisedMessageSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return name.equals("messageSource") && bean instanceof MessageSource messages
                        ? new Decorated(messages)
                        : bean;
            }
        };
    }

    /** The text pseudo-localised: {@code Register} → {@code ⟦Ŕéğíšŧéŕẋẋẋ⟧}. */
    public static String pseudo(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2).append(OPEN);
        int word = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' && text.indexOf('>', i) > 0) {
                word = endWord(out, word);
                int end = text.indexOf('>', i);
                out.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (c == '&' && text.substring(i).matches("(?s)&(#?[A-Za-z0-9]{1,10});.*")) {
                word = endWord(out, word);
                int end = text.indexOf(';', i);
                out.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (Character.isLetter(c)) {
                int index = PLAIN.indexOf(c);
                out.append(index < 0 ? c : ACCENTED.charAt(index));
                word++;
            } else {
                word = endWord(out, word);
                out.append(c);
            }
        }
        endWord(out, word);
        return out.append(CLOSE).toString();
    }

    /** Lengthens the word just written by about 40 % and starts counting the next one. */
    private static int endWord(StringBuilder out, int letters) {
        out.append("ẋ".repeat((letters * 2 + 4) / 5));
        return 0;
    }

    static boolean isPattern(@Nullable String code) {
        return code != null && PATTERN_KEY.matcher(code).find();
    }

    /** The application's message source with every text it finds pseudo-localised. */
    static final class Decorated implements MessageSource {

        private final MessageSource messages;

        Decorated(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public @Nullable String getMessage(
                String code, Object @Nullable [] args, @Nullable String defaultMessage, @Nullable Locale locale) {
            String text = messages.getMessage(code, args, null, locale == null ? Locale.ENGLISH : locale);
            if (text == null) {
                return defaultMessage;
            }
            return isPattern(code) ? text : pseudo(text);
        }

        @Override
        public String getMessage(String code, Object @Nullable [] args, @Nullable Locale locale)
                throws NoSuchMessageException {
            String text = messages.getMessage(code, args, locale == null ? Locale.ENGLISH : locale);
            return isPattern(code) ? text : pseudo(text);
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, @Nullable Locale locale)
                throws NoSuchMessageException {
            String[] codes = resolvable.getCodes();
            if (codes != null) {
                for (String code : codes) {
                    String text = messages.getMessage(code, resolvable.getArguments(), null, locale);
                    if (text != null) {
                        return isPattern(code) ? text : pseudo(text);
                    }
                }
            }
            // Spring's own default text (not from the bundles) stays as it is, so the run finds it.
            return messages.getMessage(resolvable, locale);
        }
    }
}
