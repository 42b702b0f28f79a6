package org.jumelage.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;

/**
 * The EU programmes, strands, measures and calls Jumelage knows, read from the module's data files
 * ({@code programme/catalogue.json}, {@code programme/calls.json}) at start. Codes are looked up
 * ignoring letter case and surrounding spaces.
 */
public interface ProgrammeCatalogue {

    /** All measures, in catalogue order (by programme, then strand, then measure number). */
    List<MeasureSummary> measures();

    /** The measure with the code, or empty when the catalogue has none. */
    Optional<MeasureSummary> measure(String code);

    /** The measure's recorded calls, newest first; empty when none are recorded or the code is unknown. */
    List<CallSummary> calls(String measureCode);

    /** The call with the code, or empty when the catalogue has none. */
    Optional<CallSummary> call(String code);

    /**
     * Reads a reference number or call identifier. Never throws for the format: a text that is not
     * understood comes back with {@code parsed=false}, as typed, and a note key.
     */
    ReferenceNumber readReferenceNumber(String text);

    /** The measures grouped by programme and strand, in catalogue order. */
    default List<ProgrammeSummary> programmes() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        Map<String, List<StrandSummary>> strands = new LinkedHashMap<>();
        for (MeasureSummary measure : measures()) {
            names.putIfAbsent(measure.programmeCode(), measure.programmeName());
            List<StrandSummary> programmeStrands =
                    strands.computeIfAbsent(measure.programmeCode(), code -> new ArrayList<>());
            @Nullable
            StrandSummary last = programmeStrands.isEmpty() ? null : programmeStrands.get(programmeStrands.size() - 1);
            if (last != null && Objects.equals(last.name(), measure.strand())) {
                List<MeasureSummary> measures = new ArrayList<>(last.measures());
                measures.add(measure);
                programmeStrands.set(programmeStrands.size() - 1, new StrandSummary(last.name(), measures));
            } else {
                programmeStrands.add(new StrandSummary(measure.strand(), List.of(measure)));
            }
        }
        return names.entrySet().stream()
                .map(entry -> new ProgrammeSummary(entry.getKey(), entry.getValue(), strands.get(entry.getKey())))
                .toList();
    }
}
