package org.jumelage.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jumelage.shared.Countries;
import org.jumelage.shared.LocalFormats;
import org.springframework.context.MessageSource;

/**
 * Writes the engine's messages (checks, formula lines, notes) in the reader's language: country
 * codes become names, {@link RuleTerm}s their bundle text, amounts two-decimal numbers.
 */
public final class RuleMessages {

    private RuleMessages() {}

    public static String format(MessageSource messages, String key, List<Object> arguments, Locale locale) {
        Object[] resolved = arguments.stream()
                .map(argument -> argument(messages, argument, locale))
                .toArray();
        return messages.getMessage(key, resolved, key, locale);
    }

    public static String format(MessageSource messages, RuleCheck check, Locale locale) {
        return format(messages, check.messageKey(), check.arguments(), locale);
    }

    private static Object argument(MessageSource messages, Object argument, Locale locale) {
        if (argument instanceof CountryCodes countries) {
            return countries.codes().stream()
                    .map(code -> Countries.name(code, locale))
                    .collect(Collectors.joining(", "));
        }
        if (argument instanceof RuleTerm term) {
            return messages.getMessage(term.messageKey(), null, term.messageKey(), locale);
        }
        if (argument instanceof BigDecimal amount) {
            int scale = Math.max(0, amount.stripTrailingZeros().scale());
            return LocalFormats.numberFormat(locale, scale == 0 ? 0 : Math.max(2, scale), Math.max(2, scale))
                    .format(amount);
        }
        return argument;
    }
}
