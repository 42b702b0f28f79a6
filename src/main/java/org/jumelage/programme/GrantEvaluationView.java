package org.jumelage.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationType;
import org.jumelage.shared.Countries;
import org.jumelage.shared.LocalFormats;
import org.springframework.context.MessageSource;

/**
 * A {@link GrantEvaluation} with every text already in the reader's language, for pages (the
 * fragment {@code programme/grant :: evaluation(evaluation)}) and the JSON API. Messages come from
 * the rule bundle ({@code rules.*}); a key the bundle lacks shows as the key itself rather than
 * failing the page. Amounts keep two decimals ({@link RoundingMode#HALF_UP}).
 *
 * @param eligible every eligibility check passed ({@code false} while one is not decided yet)
 * @param checks failing checks first, then those that cannot be decided, then those passed (otherwise in the
 *     engine's order)
 * @param eligibility eligible, not eligible or not decided yet
 * @param margins the margin of every event and invited delegation to every per-event threshold (numbers only)
 */
public record GrantEvaluationView(
        String measure,
        String ruleSet,
        int callYear,
        boolean eligible,
        List<Check> checks,
        Grant grant,
        Eligibility eligibility,
        List<ThresholdMargin> margins) {

    public GrantEvaluationView {
        checks = List.copyOf(checks);
        margins = List.copyOf(margins);
    }

    /** Builds the view of an evaluation in the locale's language. */
    public static GrantEvaluationView of(GrantEvaluation evaluation, MessageSource messages, Locale locale) {
        Texts texts = new Texts(messages, locale);
        List<Check> checks = evaluation.checks().stream()
                .sorted(Comparator.comparingInt(GrantEvaluationView::order))
                .map(texts::check)
                .toList();
        return new GrantEvaluationView(
                evaluation.measure(),
                evaluation.ruleSet(),
                evaluation.callYear(),
                evaluation.eligible(),
                checks,
                texts.grant(evaluation.grant()),
                evaluation.eligibility(),
                evaluation.margins());
    }

    /** How many checks failed. */
    public long failures() {
        return checks.stream().filter(Check::failed).count();
    }

    private static int order(RuleCheck check) {
        return switch (check.status()) {
            case FAILED -> 0;
            case UNKNOWN -> 1;
            case PASSED -> 2;
        };
    }

    /**
     * One rule applied to the plan.
     *
     * @param rule the stable rule id, for example {@code min-invited-participants}
     * @param name the rule's name ({@code rules.rule.<id>})
     * @param status {@code passed}, {@code failed} or {@code unknown}
     * @param statusText the status in words ({@code rules.status.<status>})
     * @param passed {@code null} when the check cannot be decided
     * @param expected the rule's value as the engine gives it (number, amount, list), or {@code null}
     * @param expectedText the rule's value written out in the locale, or {@code null}
     * @param subject the event or delegation the verdict is about, or "" for the whole plan
     * @param message the verdict in words, for example "24 invited participants; at least 25 needed"
     */
    public record Check(
            String rule,
            String name,
            String status,
            String statusText,
            @Nullable Boolean passed,
            @Nullable Object expected,
            @Nullable String expectedText,
            @Nullable Object actual,
            @Nullable String actualText,
            String subject,
            String message,
            Source source) {

        public boolean failed() {
            return "failed".equals(status);
        }
    }

    /**
     * Where a value of the rules comes from.
     *
     * @param url the first public page, or "" when there is none
     * @param host the first page's host name, to name the link, or ""
     * @param confidence {@code confirmed}, {@code single-source} or {@code uncertain}
     * @param confidenceText the confidence in words ({@code rules.confidence.<confidence>})
     * @param validity the call years the value applies to, for example "2014–2020"
     * @param note a remark of the rule data, or {@code null}
     * @param overriddenBy the administrator who entered the value, or {@code null} for the shipped data
     */
    public record Source(
            String url,
            String host,
            List<String> urls,
            String confidence,
            String confidenceText,
            String validity,
            @Nullable String note,
            @Nullable String overriddenBy) {

        public Source {
            urls = List.copyOf(urls);
        }
    }

    /**
     * The grant in euros.
     *
     * @param amount the grant when exact, else {@code null}
     * @param amountText the amount when exact, else the range (€5,000.00 to €25,000.00), or {@code null} when
     *     neither is known
     */
    public record Grant(
            boolean exact,
            @Nullable BigDecimal amount,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            String currency,
            @Nullable String amountText,
            List<Line> lines,
            List<String> notes) {

        public Grant {
            lines = List.copyOf(lines);
            notes = List.copyOf(notes);
        }
    }

    /** One step of the formula, with the source of its rate, if any. */
    public record Line(
            String text,
            BigDecimal amount,
            String amountText,
            @Nullable Source source) {}

    /** Resolves the bundle keys and formats numbers, dates and money in one locale. */
    private record Texts(MessageSource messages, Locale locale) {

        Check check(RuleCheck check) {
            String status = check.status().name().toLowerCase(Locale.ROOT);
            return new Check(
                    check.rule(),
                    text("rules.rule." + check.rule(), List.of()),
                    status,
                    text("rules.status." + status, List.of()),
                    check.status() == RuleCheck.CheckStatus.UNKNOWN ? null : !check.failed(),
                    check.expected(),
                    value(check.expected()),
                    check.actual(),
                    value(check.actual()),
                    check.subject(),
                    text(check.messageKey(), check.arguments()),
                    source(check.source()));
        }

        Grant grant(GrantEstimate estimate) {
            BigDecimal amount = cents(estimate.amount());
            BigDecimal min = cents(estimate.min());
            BigDecimal max = cents(estimate.max());
            @Nullable String amountText;
            if (amount != null) {
                amountText = money(amount, estimate.currency());
            } else if (min != null && max != null) {
                amountText = text(
                        "programme.grant.range",
                        List.of(money(min, estimate.currency()), money(max, estimate.currency())));
            } else if (min != null) {
                amountText = text("programme.grant.at-least", List.of(money(min, estimate.currency())));
            } else if (max != null) {
                amountText = text("programme.grant.at-most", List.of(money(max, estimate.currency())));
            } else {
                amountText = null;
            }
            return new Grant(
                    estimate.exact() && amount != null,
                    amount,
                    min,
                    max,
                    estimate.currency(),
                    amountText,
                    estimate.lines().stream().map(this::line).toList(),
                    estimate.notes().stream()
                            .map(note -> text(note.messageKey(), note.arguments()))
                            .toList());
        }

        Line line(GrantEstimate.Line line) {
            BigDecimal amount = line.amount().setScale(2, RoundingMode.HALF_UP);
            RuleSource source = line.source();
            return new Line(
                    text(line.messageKey(), line.arguments()),
                    amount,
                    money(amount, GrantEstimate.EUR),
                    source == null ? null : source(source));
        }

        Source source(RuleSource source) {
            String confidence = source.confidence().label();
            return new Source(
                    source.url(),
                    host(source.url()),
                    source.urls(),
                    confidence,
                    text("rules.confidence." + confidence, List.of()),
                    source.validity(),
                    DataTexts.in(source.note(), locale),
                    source.overriddenBy());
        }

        String text(String key, List<Object> arguments) {
            return RuleMessages.format(messages, key, arguments, locale);
        }

        String money(BigDecimal amount, String currency) {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(Currency.getInstance(currency));
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(amount);
        }

        @Nullable
        String value(@Nullable Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof CountryCodes countries) {
                return countries.codes().stream()
                        .map(code -> Countries.name(code, locale))
                        .collect(Collectors.joining(", "));
            }
            if (value instanceof RuleTerm term) {
                return messages.getMessage(term.messageKey(), null, term.messageKey(), locale);
            }
            if (value instanceof Number number) {
                return LocalFormats.number(number, locale);
            }
            if (value instanceof LocalDate date) {
                return LocalFormats.date(date, locale);
            }
            if (value instanceof String text && isApplicantType(text)) {
                return messages.getMessage("rules.applicant-type." + text, null, text, locale);
            }
            if (value instanceof String code && Countries.isKnown(code)) {
                return Countries.name(code, locale);
            }
            if (value instanceof Collection<?> values) {
                return values.stream().map(item -> String.valueOf(value(item))).collect(Collectors.joining(", "));
            }
            return value.toString();
        }

        private static boolean isApplicantType(String text) {
            for (OrganisationType type : OrganisationType.values()) {
                if (type.name().equals(text)) {
                    return true;
                }
            }
            return false;
        }

        private static @Nullable BigDecimal cents(@Nullable BigDecimal amount) {
            return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
        }

        private static String host(String url) {
            if (url.isEmpty()) {
                return "";
            }
            try {
                String host = URI.create(url).getHost();
                return host == null ? url : host.replaceFirst("^www\\.", "");
            } catch (IllegalArgumentException e) {
                return url;
            }
        }
    }
}
