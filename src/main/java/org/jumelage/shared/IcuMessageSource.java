package org.jumelage.shared;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The bundles of every module, formatted with ICU's {@link MessageFormat} so that a text can follow the
 * plural rules of its language: {@code {0, plural, one{# invited participant} other{# invited participants}}}
 * in English, {@code {0, plural, zero{…} one{…} other{…}}} in Latvian (1, 21, 31 … but not 11 take the
 * singular). Pages (Thymeleaf {@code #{…}}), mails and PDFs all read their texts here, so a count is worded
 * the same way everywhere.
 *
 * <p>Texts without arguments are returned as written (as Spring does), texts with arguments go through
 * ICU, which reads {@code ''} as an apostrophe like {@link java.text.MessageFormat} does. A number
 * argument is written with the language's grouping, so years belong in the text as strings or as
 * {@code {0,number,#}}.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(?:number|date|time)[^{}]*)?}");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");

    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    /** A message source over the given bundle basenames (e.g. {@code i18n/messages}), read as UTF-8. */
    public static IcuMessageSource of(String... basenames) {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasenames(basenames);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Override
    protected @Nullable String getMessageInternal(
            @Nullable String code, Object @Nullable [] args, @Nullable Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale language = locale != null ? locale : Locale.getDefault();
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            return super.getMessageInternal(code, args, locale);
        }
        MessageFormat format = formats.computeIfAbsent(language, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, p -> new MessageFormat(p, com.ibm.icu.util.ULocale.forLocale(language)));
        Object[] arguments = resolveArguments(args, language);
        synchronized (format) {
            try {
                return format.format(arguments);
            } catch (IllegalArgumentException notANumber) {
                // A count handed over as text ("12") still selects its plural form.
                try {
                    return format.format(numbersFromText(arguments));
                } catch (IllegalArgumentException stillNoNumber) {
                    // Text where the message expects a number: show it as it is rather than fail the page.
                    return asWritten(pattern, arguments);
                }
            }
        }
    }

    /** The pattern with every simple or formatted argument replaced by its text (no plural choice). */
    private static String asWritten(String pattern, Object[] arguments) {
        Matcher argument = ARGUMENT.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (argument.find()) {
            int index = Integer.parseInt(argument.group(1));
            String value = index < arguments.length ? String.valueOf(arguments[index]) : argument.group();
            argument.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        argument.appendTail(text);
        return text.toString().replace("''", "'");
    }

    private static Object[] numbersFromText(Object[] arguments) {
        Object[] converted = arguments.clone();
        for (int i = 0; i < converted.length; i++) {
            if (converted[i] instanceof String text
                    && WHOLE_NUMBER.matcher(text).matches()) {
                converted[i] = Long.valueOf(text);
            }
        }
        return converted;
    }
}
