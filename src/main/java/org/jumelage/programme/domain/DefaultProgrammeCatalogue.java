package org.jumelage.programme.domain;

import java.util.List;
import java.util.Optional;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ReferenceNumber;

/** The catalogue read from the module's data files at start; it holds no state that changes. */
final class DefaultProgrammeCatalogue implements ProgrammeCatalogue {

    private final Catalogue catalogue;
    private final ReferenceNumberReader referenceNumbers;

    DefaultProgrammeCatalogue(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.referenceNumbers = new ReferenceNumberReader(catalogue);
    }

    @Override
    public List<MeasureSummary> measures() {
        return catalogue.measures();
    }

    @Override
    public Optional<MeasureSummary> measure(String code) {
        return catalogue.measure(code);
    }

    @Override
    public List<CallSummary> calls(String measureCode) {
        return catalogue.calls(measureCode);
    }

    @Override
    public Optional<CallSummary> call(String code) {
        return catalogue.call(code);
    }

    @Override
    public ReferenceNumber readReferenceNumber(String text) {
        return referenceNumbers.read(text);
    }
}
