package org.jumelage.programme.domain;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.programme.CallResults;
import org.jumelage.programme.CallResultsLimits;
import org.jumelage.programme.CallStatisticInput;
import org.jumelage.programme.CallStatistics;
import org.jumelage.programme.CallStatisticsImport;
import org.jumelage.programme.CallSummary;
import org.jumelage.programme.CountryStatistics;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.programme.ProgrammeException;
import org.jumelage.programme.RecordedCallStatistic;
import org.jumelage.programme.persistence.CallStatisticStore;
import org.jumelage.shared.Countries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue's call results with the administrators' recorded rows on top. */
@Service
class DefaultCallResults implements CallResults {

    private final ProgrammeCatalogue catalogue;
    private final CallStatisticStore store;
    private final AuditTrail audit;
    private final Clock clock;

    DefaultCallResults(ProgrammeCatalogue catalogue, CallStatisticStore store, AuditTrail audit, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CallSummary> calls() {
        Map<String, List<RecordedCallStatistic>> recorded = byCall(store.all());
        List<CallSummary> calls = new ArrayList<>();
        for (MeasureSummary measure : catalogue.measures()) {
            for (CallSummary call : catalogue.calls(measure.code())) {
                calls.add(merge(call, recorded.getOrDefault(call.code(), List.of())));
            }
        }
        return calls;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CallSummary> call(String code) {
        return catalogue.call(code).map(call -> merge(call, byCall(store.all()).getOrDefault(call.code(), List.of())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordedCallStatistic> recorded() {
        return store.all();
    }

    @Override
    @Transactional
    public RecordedCallStatistic record(SignedInUser administrator, CallStatisticInput input) {
        RecordedCallStatistic statistic = checked(administrator, input);
        store.save(statistic);
        audit.record(
                "programme.call-statistic.recorded",
                target(statistic.callCode(), statistic.country()),
                figures(statistic));
        return statistic;
    }

    @Override
    @Transactional
    public boolean remove(SignedInUser administrator, String callCode, String country) {
        String code = callCode.strip().toUpperCase(Locale.ROOT);
        String scope =
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (!store.remove(code, scope)) {
            return false;
        }
        audit.record("programme.call-statistic.removed", target(code, scope), null);
        return true;
    }

    @Override
    @Transactional
    public CallStatisticsImport importCsv(SignedInUser administrator, String csv) {
        List<CallStatisticsImport.Problem> problems = new ArrayList<>();
        List<RecordedCallStatistic> rows = new ArrayList<>();
        List<CSVRecord> records;
        try (CSVParser parser =
                CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(csv))) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            return new CallStatisticsImport(0, List.of(problem(1, "programme.call-statistic.import.not-csv")));
        }
        if (records.isEmpty()) {
            return new CallStatisticsImport(0, List.of(problem(1, "programme.call-statistic.import.empty")));
        }
        if (records.size() > CallResultsLimits.MAX_LINES) {
            return new CallStatisticsImport(
                    0,
                    List.of(problem(
                            1,
                            "programme.call-statistic.import.too-many",
                            String.valueOf(CallResultsLimits.MAX_LINES))));
        }
        List<String> header = records.get(0).stream()
                .map(name -> name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!header.equals(CSV_HEADER)) {
            return new CallStatisticsImport(
                    0, List.of(problem(1, "programme.call-statistic.import.header", String.join(",", CSV_HEADER))));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int line = (int) record.getRecordNumber();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != CSV_HEADER.size()) {
                problems.add(problem(
                        line,
                        "programme.call-statistic.import.columns",
                        String.valueOf(CSV_HEADER.size()),
                        String.valueOf(record.size())));
                continue;
            }
            try {
                CallStatisticInput input = new CallStatisticInput(
                        record.get(0),
                        blankToNull(record.get(1)),
                        count("submitted", record.get(2)),
                        count("funded", record.get(3)),
                        blankToNull(record.get(4)));
                RecordedCallStatistic statistic = checked(administrator, input);
                String key = target(statistic.callCode(), statistic.country());
                Integer earlier = seen.putIfAbsent(key, line);
                if (earlier != null) {
                    problems.add(problem(line, "programme.call-statistic.import.repeated", String.valueOf(earlier)));
                    continue;
                }
                rows.add(statistic);
            } catch (ProgrammeException e) {
                List<String> arguments = new ArrayList<>();
                for (Object argument : e.arguments()) {
                    arguments.add(String.valueOf(argument));
                }
                problems.add(new CallStatisticsImport.Problem(line, e.code(), e.messageKey(), arguments));
            }
        }
        if (!problems.isEmpty()) {
            return new CallStatisticsImport(0, problems);
        }
        if (rows.isEmpty()) {
            return new CallStatisticsImport(0, List.of(problem(1, "programme.call-statistic.import.empty")));
        }
        rows.forEach(store::save);
        audit.record("programme.call-statistic.imported", null, rows.size() + " rows");
        return new CallStatisticsImport(rows.size(), List.of());
    }

    private RecordedCallStatistic checked(SignedInUser administrator, CallStatisticInput input) {
        String code = input.callCode().strip().toUpperCase(Locale.ROOT);
        CallSummary call = catalogue
                .call(code)
                .orElseThrow(() -> ProgrammeException.callStatisticUnknownCall(
                        input.callCode().strip()));
        String country = input.country() == null || input.country().isBlank()
                ? null
                : input.country().strip().toUpperCase(Locale.ROOT);
        if (country != null && !Countries.isKnown(country)) {
            throw ProgrammeException.callStatisticUnknownCountry(input.country().strip());
        }
        Integer submitted = input.submitted();
        Integer funded = input.funded();
        if (submitted == null && funded == null) {
            throw ProgrammeException.callStatisticNoFigures();
        }
        if (submitted != null && submitted < 0) {
            throw ProgrammeException.callStatisticBadCount("submitted", submitted.toString());
        }
        if (funded != null && funded < 0) {
            throw ProgrammeException.callStatisticBadCount("funded", funded.toString());
        }
        if (submitted != null && funded != null && funded > submitted) {
            throw ProgrammeException.callStatisticFundedAboveSubmitted(funded, submitted);
        }
        String source = blankToNull(input.source());
        if (source != null && source.length() > CallResultsLimits.MAX_SOURCE) {
            throw ProgrammeException.callStatisticSourceTooLong(CallResultsLimits.MAX_SOURCE);
        }
        return new RecordedCallStatistic(
                call.code(), country, submitted, funded, source, administrator.email(), clock.instant());
    }

    /**
     * The call with the recorded rows on top: a row of the whole call replaces the file's totals, a
     * country's row replaces that country's figures (the file's named funded applicants stay when
     * they fit the recorded count). Sources of the file and the rows are joined with "; ".
     */
    static CallSummary merge(CallSummary call, List<RecordedCallStatistic> recorded) {
        if (recorded.isEmpty()) {
            return call;
        }
        CallStatistics file = call.statistics();
        Integer submitted = file == null ? null : file.submitted();
        Integer funded = file == null ? null : file.funded();
        Map<String, CountryStatistics> perCountry = new LinkedHashMap<>(file == null ? Map.of() : file.perCountry());
        Set<String> sources = new LinkedHashSet<>();
        if (file != null && file.source() != null) {
            sources.add(file.source());
        }
        for (RecordedCallStatistic row : recorded) {
            if (row.country() == null) {
                submitted = row.submitted();
                funded = row.funded();
            } else {
                CountryStatistics before = perCountry.get(row.country());
                List<String> named = before == null ? List.of() : before.fundedApplicants();
                if (row.funded() == null || named.size() > row.funded()) {
                    named = List.of();
                }
                perCountry.put(row.country(), new CountryStatistics(row.submitted(), row.funded(), named));
            }
            if (row.source() != null) {
                sources.add(row.source());
            }
        }
        return new CallSummary(
                call.code(),
                call.measureCode(),
                call.year(),
                call.deadline(),
                new CallStatistics(
                        submitted, funded, perCountry, sources.isEmpty() ? null : String.join("; ", sources)));
    }

    private static Map<String, List<RecordedCallStatistic>> byCall(List<RecordedCallStatistic> rows) {
        Map<String, List<RecordedCallStatistic>> byCall = new HashMap<>();
        rows.forEach(row -> byCall.computeIfAbsent(row.callCode(), code -> new ArrayList<>())
                .add(row));
        return byCall;
    }

    private static @Nullable Integer count(String field, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,9}")) {
            throw ProgrammeException.callStatisticBadCount(field, value);
        }
        return Integer.valueOf(value);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String target(String callCode, @Nullable String country) {
        return "call " + callCode + " " + (country == null ? CallStatisticStore.WHOLE_CALL : country);
    }

    private static String figures(RecordedCallStatistic statistic) {
        return "submitted " + statistic.submitted() + ", funded " + statistic.funded();
    }

    private static CallStatisticsImport.Problem problem(int line, String code, String... arguments) {
        return new CallStatisticsImport.Problem(line, code, "error." + code, List.of(arguments));
    }
}
