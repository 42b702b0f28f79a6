package org.jumelage.programme.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ProgrammeException;
import org.jumelage.programme.ReferenceNumber;
import org.jumelage.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the programme catalogue for signed-in callers: measures, their calls, and reading reference numbers. */
@RestController
@RequestMapping("/api/v1")
class ProgrammeApiController {

    private final ProgrammeCatalogue catalogue;
    private final MessageSource messages;

    ProgrammeApiController(ProgrammeCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** A whole list (the catalogue is small enough to need no pages). */
    record ItemsOf<T>(List<T> items, int total) {
        static <T> ItemsOf<T> of(List<T> items) {
            return new ItemsOf<>(items, items.size());
        }
    }

    record ProgrammeReference(String code, LocalizedText name) {}

    record Measure(
            String code,
            LocalizedText name,
            ProgrammeReference programme,
            @Nullable LocalizedText strand,
            int firstYear,
            int lastYear) {

        static Measure of(MeasureSummary measure) {
            return new Measure(
                    measure.code(),
                    measure.name(),
                    new ProgrammeReference(measure.programmeCode(), measure.programmeName()),
                    measure.strand(),
                    measure.firstYear(),
                    measure.lastYear());
        }
    }

    /** A {@link ReferenceNumber} with its note translated into the caller's language. */
    record ReadReferenceNumber(
            String text,
            boolean parsed,
            @Nullable String proposalNumber,
            @Nullable String programme,
            @Nullable Integer year,
            @Nullable Integer round,
            @Nullable String applicantCountry,
            @Nullable String measureCode,
            @Nullable String noteKey,
            @Nullable String note) {}

    @GetMapping("/measures")
    ItemsOf<Measure> measures() {
        return ItemsOf.of(catalogue.measures().stream().map(Measure::of).toList());
    }

    @GetMapping("/measures/{code}")
    Measure measure(@PathVariable String code) {
        return Measure.of(load(code));
    }

    @GetMapping("/measures/{code}/calls")
    ItemsOf<CallSummary> calls(@PathVariable String code) {
        return ItemsOf.of(catalogue.calls(load(code).code()));
    }

    @GetMapping("/calls/{code}")
    CallSummary call(@PathVariable String code) {
        return catalogue.call(code).orElseThrow(() -> ProgrammeException.unknownCall(code));
    }

    @GetMapping("/reference-numbers")
    ReadReferenceNumber readReferenceNumber(@RequestParam String text, Locale locale) {
        ReferenceNumber number = catalogue.readReferenceNumber(text);
        String noteKey = number.noteKey();
        return new ReadReferenceNumber(
                number.text(),
                number.parsed(),
                number.proposalNumber(),
                number.programme(),
                number.year(),
                number.round(),
                number.applicantCountry(),
                number.measureCode(),
                noteKey,
                noteKey == null ? null : messages.getMessage(noteKey, null, locale));
    }

    private MeasureSummary load(String code) {
        return catalogue.measure(code).orElseThrow(() -> ProgrammeException.unknownMeasure(code));
    }
}
