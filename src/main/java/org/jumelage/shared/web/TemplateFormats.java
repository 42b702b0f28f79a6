package org.jumelage.shared.web;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import org.jumelage.shared.LocalFormats;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The template side of {@link LocalFormats}, in the language of the current request: templates write
 * {@code ${@formats.date(event.startDate)}} and {@code ${@formats.amount(p.totalCost)}} (the bean is
 * named {@code formats}), so a page shows dates and amounts exactly as mails and documents do.
 */
public final class TemplateFormats {

    public String date(TemporalAccessor date) {
        return LocalFormats.date(date, LocaleContextHolder.getLocale());
    }

    public String amount(BigDecimal amount) {
        return LocalFormats.amount(amount, LocaleContextHolder.getLocale());
    }

    public String number(Number number) {
        return LocalFormats.number(number, LocaleContextHolder.getLocale());
    }
}
