package org.jumelage.programme.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.CallStatistics;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.CountryStatistics;
import org.jumelage.programme.DataTexts;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ProgrammeSummary;
import org.jumelage.programme.StrandSummary;
import org.jumelage.shared.Countries;
import org.jumelage.shared.LocalFormats;

/** What the catalogue page shows, with names already in the reader's language. */
final class CataloguePage {

    record Programme(String code, String name, List<Strand> strands) {}

    /** @param name the strand's name, or {@code null} for measures outside any strand */
    record Strand(@Nullable String name, List<Measure> measures) {}

    record Measure(String code, String name, int firstYear, int lastYear, List<Call> calls) {}

    /** @param deadlineText the deadline written out in the reader's language, or {@code null} when not known */
    record Call(
            String code,
            int year,
            @Nullable LocalDate deadline,
            @Nullable String deadlineText,
            @Nullable Integer submitted,
            @Nullable Integer funded,
            @Nullable String source,
            List<Country> countries) {}

    record Country(
            String code,
            String name,
            @Nullable Integer submitted,
            @Nullable Integer funded,
            List<String> fundedApplicants) {}

    private CataloguePage() {}

    static List<Programme> of(ProgrammeCatalogue catalogue, Locale locale) {
        DateTimeFormatter dates = LocalFormats.dateFormat(locale);
        return catalogue.programmes().stream()
                .map(programme -> programme(programme, catalogue, locale, dates))
                .toList();
    }

    private static Programme programme(
            ProgrammeSummary programme, ProgrammeCatalogue catalogue, Locale locale, DateTimeFormatter dates) {
        return new Programme(
                programme.code(),
                programme.name().in(locale),
                programme.strands().stream()
                        .map(strand -> strand(strand, catalogue, locale, dates))
                        .toList());
    }

    private static Strand strand(
            StrandSummary strand, ProgrammeCatalogue catalogue, Locale locale, DateTimeFormatter dates) {
        return new Strand(
                strand.name() == null ? null : strand.name().in(locale),
                strand.measures().stream()
                        .map(measure -> measure(measure, catalogue, locale, dates))
                        .toList());
    }

    private static Measure measure(
            MeasureSummary measure, ProgrammeCatalogue catalogue, Locale locale, DateTimeFormatter dates) {
        return new Measure(
                measure.code(),
                measure.name().in(locale),
                measure.firstYear(),
                measure.lastYear(),
                catalogue.calls(measure.code()).stream()
                        .map(call -> call(call, locale, dates))
                        .toList());
    }

    private static Call call(CallSummary call, Locale locale, DateTimeFormatter dates) {
        CallStatistics statistics = call.statistics();
        LocalDate deadline = call.deadline();
        List<Country> countries = statistics == null
                ? List.of()
                : statistics.perCountry().entrySet().stream()
                        .map(entry -> country(entry, locale))
                        .sorted(Comparator.comparing(Country::name))
                        .toList();
        return new Call(
                call.code(),
                call.year(),
                deadline,
                deadline == null ? null : dates.format(deadline),
                statistics == null ? null : statistics.submitted(),
                statistics == null ? null : statistics.funded(),
                statistics == null ? null : DataTexts.in(statistics.source(), locale),
                countries);
    }

    private static Country country(Map.Entry<String, CountryStatistics> entry, Locale locale) {
        CountryStatistics statistics = entry.getValue();
        return new Country(
                entry.getKey(),
                Countries.name(entry.getKey(), locale),
                statistics.submitted(),
                statistics.funded(),
                statistics.fundedApplicants());
    }
}
