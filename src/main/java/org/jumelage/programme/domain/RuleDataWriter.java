package org.jumelage.programme.domain;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jumelage.programme.RuleSource;

/**
 * Writes rules in the rule data format that {@link RuleDataReader} reads: what the administration
 * pages export, so that an exported file can be edited and imported again. Values entered by an
 * administrator carry a comment with who entered them and when.
 */
final class RuleDataWriter {

    private RuleDataWriter() {}

    static String write(MeasureRules rules) {
        StringBuilder out = new StringBuilder();
        out.append("# The rules in force for ")
                .append(rules.measure())
                .append(": the shipped rule data with administrators' overrides.\n")
                .append("# Format: docs/architecture.md, section \"Programme rules\".\n");
        out.append("measure: ").append(rules.measure()).append('\n');
        out.append("ruleSets:\n");
        for (RuleSet set : rules.ruleSets()) {
            out.append("  - id: ").append(set.id()).append('\n');
            out.append("    callYears: ")
                    .append(set.fromYear() == set.toYear() ? set.fromYear() : set.fromYear() + "-" + set.toYear())
                    .append('\n');
            out.append("    parameters:\n");
            for (RuleParameter parameter : set.parameters().values()) {
                RuleSource source = parameter.source();
                if (source.overriddenBy() != null) {
                    out.append("      # entered by ")
                            .append(source.overriddenBy())
                            .append(" on ")
                            .append(DateTimeFormatter.ISO_INSTANT.format(source.overriddenAt()))
                            .append('\n');
                }
                out.append("      ").append(parameter.key().id()).append(":\n");
                out.append("        value: ").append(value(parameter)).append('\n');
                if (parameter.key().scoped()) {
                    out.append("        per: ")
                            .append(parameter.per().name().toLowerCase(java.util.Locale.ROOT))
                            .append('\n');
                }
                if (parameter.key() == ParameterKey.BANDS) {
                    out.append("        complete: ")
                            .append(parameter.complete())
                            .append('\n');
                }
                out.append("        sources:\n");
                source.urls()
                        .forEach(url ->
                                out.append("          - ").append(quoted(url)).append('\n'));
                out.append("        confidence: ")
                        .append(source.confidence().label())
                        .append('\n');
                if (source.note() != null) {
                    out.append("        note: ").append(quoted(source.note())).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The value on one line, in YAML flow style: {@code 25}, {@code [MUNICIPALITY, REGION]}, {@code {SK: 14}}. */
    static String value(RuleParameter parameter) {
        return switch (parameter.key().kind()) {
            case COUNT -> Integer.toString(parameter.integer());
            case PERCENT, MONEY, RATE -> plain(parameter.decimal());
            case RATES ->
                parameter.rates().entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .map(entry -> entry.getKey() + ": " + plain(entry.getValue()))
                        .collect(Collectors.joining(", ", "{", "}"));
            case BANDS ->
                parameter.bands().stream()
                        .map(band -> "{from: " + band.from() + ", amount: " + plain(band.amount()) + "}")
                        .collect(Collectors.joining(", ", "[", "]"));
            case MONTHS -> {
                RuleParameter.Months months = parameter.months();
                List<String> parts = new java.util.ArrayList<>();
                if (months.min() != null) {
                    parts.add("min: " + months.min());
                }
                if (months.max() != null) {
                    parts.add("max: " + months.max());
                }
                yield "{" + String.join(", ", parts) + "}";
            }
            case METHOD -> parameter.method().label();
            case APPLICANT_TYPES -> "[" + String.join(", ", parameter.texts()) + "]";
            case COUNTRY_LIST -> (String) parameter.value();
        };
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }

    /** A YAML double-quoted scalar, so that URLs with '?', '#' or ': ' stay text. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
