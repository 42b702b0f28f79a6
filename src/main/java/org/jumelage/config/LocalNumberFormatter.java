package org.jumelage.config;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.jumelage.shared.LocalFormats;
import org.springframework.format.Formatter;

/**
 * Every decimal number a form binds (amounts, rates) is read and shown as the page's language writes
 * it ({@link LocalFormats}): {@code 99 000,00} in Latvian, {@code 99,000.00} in English. A text that is
 * no number in that language is a binding error, shown with the field's {@code typeMismatch} message.
 */
final class LocalNumberFormatter implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        return LocalFormats.parseNumber(text, locale).orElseThrow(() -> new ParseException(text, 0));
    }

    @Override
    public String print(BigDecimal number, Locale locale) {
        return LocalFormats.number(number, locale);
    }
}
