package org.jumelage.programme.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.network.OrganisationType;
import org.jumelage.programme.Confidence;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.RuleSource;
import org.jumelage.shared.Countries;

/**
 * Reads and checks rule data files: {@code programme/rules/countries.yaml} and one file per measure
 * ({@code programme/rules/E4C-2014-TT.yaml}). Anything wrong stops the read with an {@link
 * InvalidRulesException} naming file and line. The format is described in {@code
 * docs/architecture.md}, section "Programme rules".
 */
final class RuleDataReader {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?");
    private static final Pattern RULE_SET_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*/[0-9A-Za-z-]+");

    /** Who entered an override, stamped on its parameters. */
    record Author(String name, Instant at) {}

    private RuleDataReader() {}

    // ---- countries.yaml ----

    static CountryLists readCountries(String file, String text) {
        YamlEntry root = YamlEntry.parse(file, text);
        Map<String, YamlEntry> top = root.mapping("about", "euMemberStates", "lists");
        YamlEntry eu = root.required(top, "euMemberStates");
        Map<String, YamlEntry> euEntries = eu.mapping("members", "sources", "confidence", "note");
        RuleSource euSource = source(eu, euEntries, "all years", null);
        Map<String, CountryLists.Years> members = new LinkedHashMap<>();
        YamlEntry membersEntry = eu.required(euEntries, "members");
        membersEntry.mapping().forEach((country, years) -> {
            checkCountry(years, country);
            members.put(country, years(years, true));
        });
        Map<String, List<CountryLists.Associated>> lists = new LinkedHashMap<>();
        YamlEntry listsEntry = root.required(top, "lists");
        listsEntry.mapping().forEach((name, entries) -> {
            List<CountryLists.Associated> periods = new ArrayList<>();
            for (YamlEntry entry : entries.sequence()) {
                Map<String, YamlEntry> fields =
                        entry.mapping("callYears", "countries", "sources", "confidence", "note");
                CountryLists.Years years = years(entry.required(fields, "callYears"), false);
                for (CountryLists.Associated earlier : periods) {
                    if (earlier.years().from() <= years.to()
                            && years.from() <= earlier.years().to()) {
                        throw entry.problem("the call years overlap those of the entry on line " + earlier.line());
                    }
                }
                List<String> countries = new ArrayList<>();
                for (YamlEntry country : entry.required(fields, "countries").sequence()) {
                    String code = country.text();
                    checkCountry(country, code);
                    if (members.containsKey(code) && members.get(code).from() <= years.from()) {
                        throw country.problem(code + " is already an EU member state in these years");
                    }
                    countries.add(code);
                }
                String validity = RuleSet.years(years.from(), years.to());
                periods.add(new CountryLists.Associated(
                        years, List.copyOf(countries), source(entry, fields, validity, null), entry.line()));
            }
            lists.put(name, List.copyOf(periods));
        });
        return new CountryLists(Map.copyOf(members), euSource, Map.copyOf(lists));
    }

    // ---- one measure's file ----

    /**
     * @param measures the catalogue's measures by code (a file's measure must be one of them)
     * @param author who entered the file in the administration pages, or {@code null} for shipped data
     */
    static MeasureRules readMeasure(
            String file,
            String text,
            Map<String, MeasureSummary> measures,
            CountryLists countries,
            @Nullable Author author) {
        return readMeasure(file, text, measures, countries, author, null);
    }

    /**
     * Reads an override: a rule set that repeats the id of one in {@code base} may leave out its
     * call years, which then stay as they are.
     */
    static MeasureRules readMeasure(
            String file,
            String text,
            Map<String, MeasureSummary> measures,
            CountryLists countries,
            @Nullable Author author,
            @Nullable MeasureRules base) {
        YamlEntry root = YamlEntry.parse(file, text);
        Map<String, YamlEntry> top = root.mapping("about", "measure", "common", "ruleSets");
        YamlEntry measureEntry = root.required(top, "measure");
        String measureCode = measureEntry.text();
        MeasureSummary measure = measures.get(measureCode);
        if (measure == null) {
            throw measureEntry.problem("the measure " + measureCode + " is not in the programme catalogue");
        }
        Map<ParameterKey, YamlEntry> common = new EnumMap<>(ParameterKey.class);
        YamlEntry commonEntry = top.get("common");
        if (commonEntry != null) {
            Map<String, YamlEntry> fields = commonEntry.mapping("parameters");
            common.putAll(parameterEntries(commonEntry.required(fields, "parameters")));
        }
        List<RuleSet> ruleSets = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (YamlEntry entry : root.required(top, "ruleSets").sequence()) {
            Map<String, YamlEntry> fields = entry.mapping("id", "callYears", "parameters");
            YamlEntry idEntry = entry.required(fields, "id");
            String id = idEntry.text();
            if (!RULE_SET_ID.matcher(id).matches() || !id.startsWith(measureCode + "/")) {
                throw idEntry.problem("a rule set id is the measure code, a slash and a name, for example "
                        + measureCode + "/2019-2020");
            }
            Integer first = ids.putIfAbsent(id, idEntry.line());
            if (first != null) {
                throw idEntry.problem("the id " + id + " is already used on line " + first);
            }
            YamlEntry yearsEntry = fields.get("callYears");
            RuleSet existing = base == null ? null : base.ruleSet(id).orElse(null);
            CountryLists.Years years;
            if (yearsEntry == null && existing != null) {
                years = new CountryLists.Years(existing.fromYear(), existing.toYear());
                yearsEntry = entry;
            } else {
                yearsEntry = entry.required(fields, "callYears");
                years = years(yearsEntry, false);
            }
            if (years.from() < measure.firstYear() || years.to() > measure.lastYear()) {
                throw yearsEntry.problem("the call years " + RuleSet.years(years.from(), years.to())
                        + " lie outside the measure's " + measure.firstYear() + "–" + measure.lastYear());
            }
            String validity = RuleSet.years(years.from(), years.to());
            Map<ParameterKey, YamlEntry> own =
                    fields.containsKey("parameters") ? parameterEntries(fields.get("parameters")) : Map.of();
            Map<ParameterKey, YamlEntry> merged = new EnumMap<>(ParameterKey.class);
            merged.putAll(common);
            merged.putAll(own);
            Map<ParameterKey, RuleParameter> parameters = new EnumMap<>(ParameterKey.class);
            merged.forEach(
                    (key, value) -> parameters.put(key, parameter(key, value, validity, countries, years, author)));
            RuleSet ruleSet = new RuleSet(id, measureCode, years.from(), years.to(), parameters, file, entry.line());
            checkConsistent(entry, ruleSet);
            ruleSets.add(ruleSet);
        }
        checkNoOverlap(file, ruleSets);
        return new MeasureRules(measureCode, file, ruleSets);
    }

    /** Refuses rule sets of one measure whose call years overlap: a call year must select one rule set. */
    static void checkNoOverlap(String file, List<RuleSet> ruleSets) {
        for (int i = 0; i < ruleSets.size(); i++) {
            for (int j = i + 1; j < ruleSets.size(); j++) {
                RuleSet a = ruleSets.get(i);
                RuleSet b = ruleSets.get(j);
                if (a.overlaps(b)) {
                    RuleSet later = a.line() > b.line() ? a : b;
                    RuleSet earlier = later == a ? b : a;
                    throw new InvalidRulesException(
                            later.file().equals(file) ? file : later.file(),
                            later.line(),
                            "the call years " + later.validity() + " of " + later.id() + " overlap those of "
                                    + earlier.id() + " (" + earlier.validity() + ", " + earlier.file() + " line "
                                    + earlier.line() + ")");
                }
            }
        }
    }

    private static Map<ParameterKey, YamlEntry> parameterEntries(YamlEntry entry) {
        Map<ParameterKey, YamlEntry> parameters = new EnumMap<>(ParameterKey.class);
        entry.mapping().forEach((name, value) -> {
            ParameterKey key = ParameterKey.of(name)
                    .orElseThrow(() ->
                            value.problem("unknown parameter \"" + name + "\" (known: " + ParameterKey.allIds() + ")"));
            parameters.put(key, value);
        });
        return parameters;
    }

    private static RuleParameter parameter(
            ParameterKey key,
            YamlEntry entry,
            String validity,
            CountryLists countries,
            CountryLists.Years years,
            @Nullable Author author) {
        Map<String, YamlEntry> fields = key.scoped()
                ? entry.mapping("value", "per", "sources", "confidence", "note")
                : key == ParameterKey.BANDS
                        ? entry.mapping("value", "complete", "sources", "confidence", "note")
                        : entry.mapping("value", "sources", "confidence", "note");
        YamlEntry value = entry.required(fields, "value");
        Object parsed = value(key, value, countries, years);
        RuleParameter.Scope scope = RuleParameter.Scope.PROJECT;
        YamlEntry per = fields.get("per");
        if (per != null) {
            scope = switch (per.text()) {
                case "event" -> RuleParameter.Scope.EVENT;
                case "project" -> RuleParameter.Scope.PROJECT;
                default -> throw per.problem("\"per\" is \"event\" or \"project\", not \"" + per.text() + "\"");
            };
        } else if (key == ParameterKey.MIN_DIRECT_PARTICIPANTS) {
            scope = RuleParameter.Scope.EVENT;
        }
        boolean complete = false;
        if (key == ParameterKey.BANDS) {
            String text = entry.required(fields, "complete").text();
            if (!text.equals("true") && !text.equals("false")) {
                throw fields.get("complete").problem("\"complete\" is true or false");
            }
            complete = text.equals("true");
        }
        RuleSource source = source(entry, fields, validity, author);
        return new RuleParameter(key, parsed, source, scope, complete, entry.file(), entry.line());
    }

    private static Object value(ParameterKey key, YamlEntry value, CountryLists countries, CountryLists.Years years) {
        return switch (key.kind()) {
            case COUNT -> {
                int count = value.integer();
                if (count < 0) {
                    throw value.problem("a count must not be negative");
                }
                yield count;
            }
            case PERCENT -> {
                BigDecimal percent = value.decimal();
                if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw value.problem("a share is a percentage from 0 to 100");
                }
                yield percent;
            }
            case MONEY, RATE -> positive(value);
            case RATES -> {
                Map<String, BigDecimal> rates = new LinkedHashMap<>();
                value.mapping().forEach((country, rate) -> {
                    checkCountry(rate, country);
                    rates.put(country, positive(rate));
                });
                if (rates.isEmpty()) {
                    throw value.problem("name at least one country's rate, for example SK: 14");
                }
                yield Map.copyOf(rates);
            }
            case BANDS -> {
                List<RuleParameter.Band> bands = new ArrayList<>();
                for (YamlEntry row : value.sequence()) {
                    Map<String, YamlEntry> fields = row.mapping("from", "amount");
                    int from = row.required(fields, "from").integer();
                    BigDecimal amount = positive(row.required(fields, "amount"));
                    if (!bands.isEmpty()) {
                        RuleParameter.Band previous = bands.get(bands.size() - 1);
                        if (from <= previous.from() || amount.compareTo(previous.amount()) < 0) {
                            throw row.problem("bands must grow: more participants than the row before ("
                                    + previous.from() + "), and an amount not lower (" + previous.amount() + ")");
                        }
                    }
                    bands.add(new RuleParameter.Band(from, amount));
                }
                if (bands.isEmpty()) {
                    throw value.problem("a lump-sum table needs at least one row");
                }
                yield List.copyOf(bands);
            }
            case MONTHS -> {
                Map<String, YamlEntry> fields = value.mapping("min", "max");
                Integer min = fields.containsKey("min") ? fields.get("min").integer() : null;
                Integer max = fields.containsKey("max") ? fields.get("max").integer() : null;
                if (min == null && max == null) {
                    throw value.problem("a duration needs \"min\" or \"max\" (months)");
                }
                if ((min != null && min < 1) || (max != null && max < 1) || (min != null && max != null && min > max)) {
                    throw value.problem("months must be at least 1, and min not above max");
                }
                yield new RuleParameter.Months(min, max);
            }
            case METHOD ->
                GrantMethod.of(value.text())
                        .orElseThrow(() -> value.problem(
                                "the grant method is flat-rate, band-table or declared, not \"" + value.text() + "\""));
            case APPLICANT_TYPES -> {
                List<String> types = value.texts();
                for (String type : types) {
                    if (Arrays.stream(OrganisationType.values())
                            .noneMatch(t -> t.name().equals(type))) {
                        throw value.problem("unknown applicant type " + type + " (known: "
                                + String.join(
                                        ", ",
                                        Arrays.stream(OrganisationType.values())
                                                .map(Enum::name)
                                                .toList())
                                + ")");
                    }
                }
                yield List.copyOf(types);
            }
            case COUNTRY_LIST -> {
                String name = value.text();
                if (!countries.hasList(name)) {
                    throw value.problem("countries.yaml has no list \"" + name + "\"");
                }
                for (int year = years.from(); year <= years.to(); year++) {
                    if (countries.associated(name, year).isEmpty()) {
                        throw value.problem("the list " + name + " in countries.yaml does not cover " + year);
                    }
                }
                yield name;
            }
        };
    }

    private static void checkConsistent(YamlEntry entry, RuleSet ruleSet) {
        var min = ruleSet.parameter(ParameterKey.MIN_GRANT);
        var max = ruleSet.parameter(ParameterKey.MAX_GRANT);
        if (min.isPresent()
                && max.isPresent()
                && min.get().decimal().compareTo(max.get().decimal()) > 0) {
            throw entry.problem("min-grant " + min.get().decimal() + " is above max-grant "
                    + max.get().decimal());
        }
    }

    private static BigDecimal positive(YamlEntry value) {
        BigDecimal amount = value.decimal();
        if (amount.signum() <= 0) {
            throw value.problem("an amount or rate must be above 0");
        }
        return amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros();
    }

    private static RuleSource source(
            YamlEntry entry, Map<String, YamlEntry> fields, String validity, @Nullable Author author) {
        YamlEntry sourcesEntry = fields.get("sources");
        if (sourcesEntry == null) {
            throw entry.problem("\"sources\" is missing: every value needs the page(s) or document it was read in");
        }
        List<String> sources = sourcesEntry.isSequence() ? sourcesEntry.texts() : List.of(sourcesEntry.text());
        if (sources.isEmpty()) {
            throw sourcesEntry.problem("name at least one source");
        }
        YamlEntry confidenceEntry = entry.required(fields, "confidence");
        String label = confidenceEntry.text();
        Confidence confidence = Arrays.stream(Confidence.values())
                .filter(c -> c.label().equals(label))
                .findFirst()
                .orElseThrow(() -> confidenceEntry.problem(
                        "confidence is confirmed, single-source or uncertain, not \"" + label + "\""));
        YamlEntry note = fields.get("note");
        return new RuleSource(
                sources,
                confidence,
                validity,
                note == null ? null : note.text(),
                author == null ? null : author.name(),
                author == null ? null : author.at());
    }

    private static CountryLists.Years years(YamlEntry entry, boolean openEnded) {
        Matcher matcher = YEARS.matcher(entry.text());
        if (!matcher.matches()) {
            throw entry.problem("write call years as 2019 or 2014-2020, not \"" + entry.text() + "\"");
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? (openEnded ? Integer.MAX_VALUE : from) : Integer.parseInt(matcher.group(2));
        if (from > to) {
            throw entry.problem("the first year " + from + " is after the last " + to);
        }
        return new CountryLists.Years(from, to);
    }

    private static void checkCountry(YamlEntry entry, String code) {
        if (!Countries.isKnown(code)) {
            throw entry.problem("\"" + code + "\" is not an ISO 3166-1 alpha-2 country code that Jumelage knows");
        }
    }
}
