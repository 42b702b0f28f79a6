package org.jumelage.programme;

import java.util.List;
import java.util.Optional;

public interface ProgrammeCatalogue {
    List<MeasureSummary> measures();

    Optional<MeasureSummary> measure(String code);

    List<CallSummary> calls(String measureCode);

    Optional<CallSummary> call(String code);

    ReferenceNumber readReferenceNumber(String text);
}
