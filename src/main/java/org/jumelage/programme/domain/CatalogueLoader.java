package org.jumelage.programme.domain;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.CallStatistics;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.CountryStatistics;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.shared.Countries;
import org.jumelage.shared.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks the catalogue's data files. Anything wrong (a missing file, broken JSON, an
 * unknown or repeated key, a repeated code, a call of an unknown measure, figures that contradict
 * each other) stops the load with an {@link InvalidCatalogueException} naming the file and entry.
 * The format is described in {@code docs/architecture.md}, section "Programme catalogue".
 */
final class CatalogueLoader {

    static final String CATALOGUE_FILE = "programme/catalogue.json";
    static final String CALLS_FILE = "programme/calls.json";

    /** Codes of programmes, strands, measures and calls: upper-case letters and digits in hyphenated parts. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    private static final Pattern REFERENCE_CODE = Pattern.compile("[A-Z]+(-[A-Z]+)*");

    /** Plausible years of an EU programme; anything else is a typing error. */
    private static final int EARLIEST_YEAR = 1990;

    private static final int LATEST_YEAR = 2100;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Where each code was first defined, so that a repeated code names both places. */
    private final Map<String, String> codes = new HashMap<>();

    private final List<Catalogue.Programme> programmes = new ArrayList<>();
    private final List<MeasureSummary> measures = new ArrayList<>();
    private final Map<String, MeasureSummary> measuresByCode = new HashMap<>();
    private final List<CallSummary> calls = new ArrayList<>();

    private CatalogueLoader() {}

    /** Loads the module's own data files. */
    static Catalogue load() {
        return load(CatalogueLoader.class.getClassLoader(), CATALOGUE_FILE, CALLS_FILE);
    }

    /** Loads the named class-path resources; tests pass broken copies. */
    static Catalogue load(ClassLoader classLoader, String catalogueFile, String callsFile) {
        CatalogueLoader loader = new CatalogueLoader();
        loader.readProgrammes(read(classLoader, catalogueFile));
        loader.readCalls(read(classLoader, callsFile));
        return new Catalogue(loader.programmes, loader.measures, loader.calls);
    }

    private static JsonEntry read(ClassLoader classLoader, String file) {
        try (InputStream in = classLoader.getResourceAsStream(file)) {
            if (in == null) {
                throw new InvalidCatalogueException(file + ": the file is missing from the class path");
            }
            return JsonEntry.root(file, JSON.readTree(in));
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidCatalogueException(file + where + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidCatalogueException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private void readProgrammes(JsonEntry root) {
        root.allowOnly("about", "programmes");
        List<JsonEntry> entries = root.objects("programmes");
        if (entries.isEmpty()) {
            throw root.problem("\"programmes\" must list at least one programme");
        }
        entries.forEach(this::readProgramme);
    }

    private void readProgramme(JsonEntry entry) {
        entry.allowOnly("code", "name", "firstYear", "lastYear", "measures", "strands");
        String code = code(entry);
        LocalizedText name = entry.bilingual("name");
        int[] years = years(entry);
        Catalogue.Programme programme = new Catalogue.Programme(code, name, years[0], years[1], Map.of());
        Map<String, String> referenceCodes = new LinkedHashMap<>();
        int measuresBefore = measures.size();
        for (JsonEntry measure : entry.objects("measures")) {
            readMeasure(measure, programme, null, referenceCodes);
        }
        for (JsonEntry strand : entry.objects("strands")) {
            strand.allowOnly("code", "name", "measures");
            code(strand);
            LocalizedText strandName = strand.bilingual("name");
            List<JsonEntry> strandMeasures = strand.objects("measures");
            if (strandMeasures.isEmpty()) {
                throw strand.problem("a strand needs at least one measure in \"measures\"");
            }
            strandMeasures.forEach(measure -> readMeasure(measure, programme, strandName, referenceCodes));
        }
        if (measures.size() == measuresBefore) {
            throw entry.problem("a programme needs at least one measure, in \"measures\" or in \"strands\"");
        }
        programmes.add(new Catalogue.Programme(code, name, years[0], years[1], referenceCodes));
    }

    private void readMeasure(
            JsonEntry entry,
            Catalogue.Programme programme,
            @Nullable LocalizedText strand,
            Map<String, String> referenceCodes) {
        entry.allowOnly("code", "name", "firstYear", "lastYear", "referenceCode");
        String code = code(entry);
        int[] years = years(entry);
        if (!programme.covers(years[0]) || !programme.covers(years[1])) {
            throw entry.problem("the years " + years[0] + "–" + years[1] + " lie outside the programme's "
                    + programme.firstYear() + "–" + programme.lastYear());
        }
        String referenceCode = entry.optionalText("referenceCode");
        if (referenceCode != null) {
            if (!REFERENCE_CODE.matcher(referenceCode).matches()) {
                throw entry.problem("\"referenceCode\" must be upper-case letters in hyphenated parts, not \""
                        + referenceCode + "\"");
            }
            String other = referenceCodes.putIfAbsent(referenceCode, code);
            if (other != null) {
                throw entry.problem("the reference code " + referenceCode + " is already used by " + other);
            }
        }
        MeasureSummary measure = new MeasureSummary(
                code, entry.bilingual("name"), programme.code(), programme.name(), strand, years[0], years[1]);
        measures.add(measure);
        measuresByCode.put(code, measure);
    }

    private void readCalls(JsonEntry root) {
        root.allowOnly("about", "calls");
        root.objects("calls").forEach(this::readCall);
    }

    private void readCall(JsonEntry entry) {
        entry.allowOnly("code", "measure", "year", "deadline", "statistics");
        String code = code(entry);
        String measureCode = entry.text("measure");
        MeasureSummary measure = measuresByCode.get(measureCode);
        if (measure == null) {
            throw entry.problem("the measure " + measureCode + " is not in the catalogue");
        }
        int year = entry.integer("year");
        if (year < measure.firstYear() || year > measure.lastYear()) {
            throw entry.problem("the year " + year + " lies outside the measure's " + measure.firstYear() + "–"
                    + measure.lastYear());
        }
        LocalDate deadline = entry.optionalDate("deadline");
        if (deadline != null && deadline.getYear() != year) {
            throw entry.problem("the deadline " + deadline + " is not in the call's year " + year);
        }
        String expected = measureCode + "-" + (deadline != null ? deadline.toString() : Integer.toString(year));
        if (!code.equals(expected)) {
            throw entry.problem("the code must be " + expected
                    + " (the measure's code and the deadline, or the year when the deadline is not known)");
        }
        JsonEntry statistics = entry.optionalObject("statistics");
        calls.add(new CallSummary(
                code, measureCode, year, deadline, statistics == null ? null : readStatistics(statistics)));
    }

    private static CallStatistics readStatistics(JsonEntry entry) {
        entry.allowOnly("submitted", "funded", "perCountry", "source");
        Integer submitted = count(entry, "submitted");
        Integer funded = count(entry, "funded");
        checkFundedNotAboveSubmitted(entry, submitted, funded);
        Map<String, CountryStatistics> perCountry = new LinkedHashMap<>();
        int submittedInCountries = 0;
        int fundedInCountries = 0;
        for (Map.Entry<String, JsonEntry> member : entry.members("perCountry").entrySet()) {
            String country = member.getKey();
            JsonEntry countryEntry = member.getValue();
            if (!Countries.isKnown(country)) {
                throw countryEntry.problem(
                        "\"" + country + "\" is not an ISO 3166-1 alpha-2 country code that Jumelage knows");
            }
            CountryStatistics statistics = readCountry(countryEntry);
            perCountry.put(country, statistics);
            submittedInCountries += statistics.submitted() == null ? 0 : statistics.submitted();
            fundedInCountries += statistics.funded() == null ? 0 : statistics.funded();
        }
        if (submitted != null && submittedInCountries > submitted) {
            throw entry.problem("the countries' submitted applications add up to " + submittedInCountries
                    + ", more than the " + submitted + " in total");
        }
        if (funded != null && fundedInCountries > funded) {
            throw entry.problem("the countries' funded applications add up to " + fundedInCountries + ", more than the "
                    + funded + " in total");
        }
        return new CallStatistics(submitted, funded, perCountry, entry.optionalText("source"));
    }

    private static CountryStatistics readCountry(JsonEntry entry) {
        entry.allowOnly("submitted", "funded", "fundedApplicants");
        Integer submitted = count(entry, "submitted");
        Integer funded = count(entry, "funded");
        checkFundedNotAboveSubmitted(entry, submitted, funded);
        List<String> applicants = entry.texts("fundedApplicants");
        if (funded != null && applicants.size() > funded) {
            throw entry.problem("it names " + applicants.size() + " funded applicants but only " + funded
                    + " applications were funded");
        }
        return new CountryStatistics(submitted, funded, applicants);
    }

    private static @Nullable Integer count(JsonEntry entry, String key) {
        Integer count = entry.optionalInteger(key);
        if (count != null && count < 0) {
            throw entry.problem("\"" + key + "\" must not be negative");
        }
        return count;
    }

    private static void checkFundedNotAboveSubmitted(
            JsonEntry entry, @Nullable Integer submitted, @Nullable Integer funded) {
        if (submitted != null && funded != null && funded > submitted) {
            throw entry.problem("more applications funded (" + funded + ") than submitted (" + submitted + ")");
        }
    }

    /** The entry's code, checked for its form and for being unique in the whole catalogue. */
    private String code(JsonEntry entry) {
        String code = entry.text("code");
        if (!CODE.matcher(code).matches()) {
            throw entry.problem("the code \"" + code
                    + "\" must be upper-case letters and digits in hyphenated parts, like E4C-2014-TT");
        }
        String first = codes.putIfAbsent(code, entry.path());
        if (first != null) {
            throw entry.problem("the code " + code + " is already used by " + first);
        }
        return code;
    }

    private static int[] years(JsonEntry entry) {
        int first = entry.integer("firstYear");
        int last = entry.integer("lastYear");
        if (first < EARLIEST_YEAR || last > LATEST_YEAR) {
            throw entry.problem("the years must lie between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
        }
        if (first > last) {
            throw entry.problem("\"firstYear\" " + first + " is after \"lastYear\" " + last);
        }
        return new int[] {first, last};
    }
}
