package org.jumelage.programme.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.shared.LocalizedText;

/** The programme catalogue in memory, as {@link CatalogueLoader} read it from the data files. Immutable. */
final class Catalogue {

    /**
     * What the catalogue knows of a programme beyond its measures.
     *
     * @param measuresByReferenceCode measure codes by the code a reference number uses for them
     *     ({@code NT} in {@code ...-CITIZ-NT}, {@code CITIZENS-TOWN-TT} in a CERV call identifier)
     */
    record Programme(
            String code, LocalizedText name, int firstYear, int lastYear, Map<String, String> measuresByReferenceCode) {

        Programme {
            measuresByReferenceCode = Map.copyOf(measuresByReferenceCode);
        }

        boolean covers(int year) {
            return year >= firstYear && year <= lastYear;
        }
    }

    /** Newest first: by year, then deadline (unknown last), then code. */
    static final Comparator<CallSummary> NEWEST_FIRST = Comparator.comparingInt(CallSummary::year)
            .reversed()
            .thenComparing(CallSummary::deadline, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(CallSummary::code);

    private final Map<String, Programme> programmes = new LinkedHashMap<>();
    private final List<MeasureSummary> measures;
    private final Map<String, MeasureSummary> measuresByCode = new LinkedHashMap<>();
    private final Map<String, List<CallSummary>> callsByMeasure = new LinkedHashMap<>();
    private final Map<String, CallSummary> callsByCode = new LinkedHashMap<>();

    Catalogue(List<Programme> programmes, List<MeasureSummary> measures, List<CallSummary> calls) {
        programmes.forEach(programme -> this.programmes.put(programme.code(), programme));
        this.measures = List.copyOf(measures);
        measures.forEach(measure -> measuresByCode.put(measure.code(), measure));
        for (CallSummary call : calls.stream().sorted(NEWEST_FIRST).toList()) {
            callsByCode.put(call.code(), call);
            callsByMeasure
                    .computeIfAbsent(call.measureCode(), code -> new ArrayList<>())
                    .add(call);
        }
        callsByMeasure.replaceAll((code, list) -> List.copyOf(list));
    }

    List<MeasureSummary> measures() {
        return measures;
    }

    Optional<MeasureSummary> measure(String code) {
        return Optional.ofNullable(measuresByCode.get(key(code)));
    }

    Optional<Programme> programme(String code) {
        return Optional.ofNullable(programmes.get(key(code)));
    }

    List<CallSummary> calls(String measureCode) {
        return callsByMeasure.getOrDefault(key(measureCode), List.of());
    }

    Optional<CallSummary> call(String code) {
        return Optional.ofNullable(callsByCode.get(key(code)));
    }

    /** Codes are upper case; lookups forgive letter case and surrounding spaces. */
    static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
