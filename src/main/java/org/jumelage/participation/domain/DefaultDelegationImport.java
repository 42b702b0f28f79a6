package org.jumelage.participation.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;
import org.jumelage.event.RegistrationProblem;
import org.jumelage.network.TownDirectory;
import org.jumelage.network.TownResolution;
import org.jumelage.participation.DelegationImport;
import org.jumelage.participation.DelegationImportProblem;
import org.jumelage.participation.DelegationImportReport;
import org.jumelage.participation.DelegationListColumn;
import org.jumelage.participation.DelegationManagement;
import org.jumelage.participation.DelegationSummary;
import org.jumelage.participation.RegistrationManagement;
import org.jumelage.participation.RegistrationRequest;
import org.jumelage.participation.RegistrationSource;
import org.jumelage.shared.Languages;
import org.jumelage.shared.SearchText;
import org.jumelage.shared.TextLimits;
import org.jumelage.shared.TranslationCoverage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultDelegationImport implements DelegationImport {

    /** Registration request fields → the list's columns, for the problems the registration rules find. */
    private static final Map<String, DelegationListColumn> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("firstName", DelegationListColumn.FIRST_NAME),
            Map.entry("lastName", DelegationListColumn.LAST_NAME),
            Map.entry("email", DelegationListColumn.EMAIL),
            Map.entry("organisationName", DelegationListColumn.ORGANISATION),
            Map.entry("town", DelegationListColumn.TOWN),
            Map.entry("townId", DelegationListColumn.TOWN),
            Map.entry("townName", DelegationListColumn.TOWN),
            Map.entry("country", DelegationListColumn.COUNTRY),
            Map.entry("gender", DelegationListColumn.GENDER),
            Map.entry("ageBand", DelegationListColumn.AGE_BAND),
            Map.entry("firstTime", DelegationListColumn.FIRST_TIME),
            Map.entry("fewerOpportunities", DelegationListColumn.FEWER_OPPORTUNITIES));

    private final DelegationManagement delegations;
    private final RegistrationManagement registrations;
    private final TownDirectory towns;
    private final MessageSource messages;
    private final AuditTrail auditTrail;
    private final DelegationImportProperties properties;

    DefaultDelegationImport(
            DelegationManagement delegations,
            RegistrationManagement registrations,
            TownDirectory towns,
            MessageSource messages,
            AuditTrail auditTrail,
            DelegationImportProperties properties) {
        this.delegations = delegations;
        this.registrations = registrations;
        this.towns = towns;
        this.messages = messages;
        this.auditTrail = auditTrail;
        this.properties = properties;
    }

    /** A checked row: the request it makes and what is wrong with it. */
    private record CheckedRow(int number, RegistrationRequest request, List<DelegationImportProblem> problems) {}

    @Override
    @Transactional(readOnly = true)
    public DelegationImportReport check(SignedInUser user, long delegationId, String fileName, InputStream content) {
        DelegationSummary delegation = manageable(user, delegationId);
        List<CheckedRow> rows = checkAll(user, delegation, fileName, content, false);
        return report(rows, 0);
    }

    @Override
    @Transactional
    public DelegationImportReport importList(
            SignedInUser user,
            long delegationId,
            String fileName,
            InputStream content,
            boolean validOnly,
            boolean consentConfirmed) {
        DelegationSummary delegation = manageable(user, delegationId);
        if (!consentConfirmed) {
            throw EventException.importConsentRequired();
        }
        List<CheckedRow> rows = checkAll(user, delegation, fileName, content, true);
        boolean allValid = rows.stream().allMatch(row -> row.problems().isEmpty());
        if (!allValid && !validOnly) {
            return report(rows, 0);
        }
        int imported = 0;
        for (CheckedRow row : rows) {
            if (row.problems().isEmpty()) {
                registrations.register(user, delegation.eventId(), row.request(), RegistrationSource.IMPORT);
                imported++;
            }
        }
        auditTrail.record(
                "event.import.completed",
                "delegation " + delegation.id() + " of event " + delegation.eventId(),
                "imported " + imported + " of " + rows.size() + " rows" + (allValid ? "" : ", valid rows only"));
        return report(rows, imported);
    }

    /** The registration rules' own refusal for the event's state (closed, not yet open, ended). */
    private static EventException registrationState(String messageKey) {
        if (messageKey.endsWith(".not-yet-open")) {
            return EventException.registrationNotYetOpen();
        }
        if (messageKey.endsWith(".ended")) {
            return EventException.registrationEnded();
        }
        return EventException.registrationClosed();
    }

    private DelegationSummary manageable(SignedInUser user, long delegationId) {
        DelegationSummary delegation =
                delegations.find(user, delegationId).orElseThrow(() -> EventException.delegationNotFound(delegationId));
        if (delegation.linkToken() == null) {
            throw EventException.delegationNotAllowed("");
        }
        return delegation;
    }

    private List<CheckedRow> checkAll(
            SignedInUser user, DelegationSummary delegation, String fileName, InputStream content, boolean consent) {
        Locale locale = LocaleContextHolder.getLocale();
        DelegationListReader reader = new DelegationListReader(
                headerNames(),
                column -> label(column, locale),
                properties.maxRows(),
                properties.maxFileSize().toBytes());
        List<DelegationListReader.Row> rows = reader.read(fileName, content);
        Map<String, Integer> emails = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        List<CheckedRow> checked = new ArrayList<>(rows.size());
        for (DelegationListReader.Row row : rows) {
            List<DelegationImportProblem> problems = new ArrayList<>();
            RegistrationRequest request = request(user, delegation, row, consent, problems);
            for (RegistrationProblem problem : registrations.problems(delegation.eventId(), request)) {
                if (problem.field().isEmpty()) {
                    // The event takes no registration now: the whole list is refused with that reason.
                    throw registrationState(problem.messageKey());
                }
                if (problem.field().equals("consent") && !consent) {
                    continue; // asked when importing, not when checking
                }
                problems.add(new DelegationImportProblem(
                        row.number(), FIELD_COLUMNS.get(problem.field()), problem.messageKey(), problem.arguments()));
            }
            String email = row.get(DelegationListColumn.EMAIL);
            if (!email.isBlank()) {
                Integer first = emails.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), row.number());
                if (first != null) {
                    problems.add(new DelegationImportProblem(
                            row.number(),
                            DelegationListColumn.EMAIL,
                            "error.event.import.duplicate-email-in-file",
                            String.valueOf(first)));
                }
            }
            String first = row.get(DelegationListColumn.FIRST_NAME);
            String last = row.get(DelegationListColumn.LAST_NAME);
            if (!first.isBlank() && !last.isBlank()) {
                String name = SearchText.normalize(first + " " + last).replaceAll("\\s+", " ");
                Integer earlier = names.putIfAbsent(name, row.number());
                if (earlier != null) {
                    problems.add(new DelegationImportProblem(
                            row.number(),
                            DelegationListColumn.FIRST_NAME,
                            "error.event.import.duplicate-name-in-file",
                            String.valueOf(earlier)));
                }
            }
            checked.add(new CheckedRow(row.number(), request, problems));
        }
        return checked;
    }

    /** The registration request of a row; what the list itself gets wrong goes to {@code problems}. */
    private RegistrationRequest request(
            SignedInUser user,
            DelegationSummary delegation,
            DelegationListReader.Row row,
            boolean consent,
            List<DelegationImportProblem> problems) {
        String countryText = row.get(DelegationListColumn.COUNTRY);
        String country = DelegationListValues.country(countryText).orElse(countryText);
        Long townId = null;
        String townName = null;
        String town = row.get(DelegationListColumn.TOWN);
        if (!town.isBlank() && DelegationListValues.country(countryText).isPresent()) {
            TownResolution resolution = towns.resolve(town, country);
            if (resolution.town() == null) {
                problems.add(new DelegationImportProblem(
                        row.number(), DelegationListColumn.TOWN, "error.event.import.unknown-town", town, country));
            } else {
                townId = resolution.town().id();
            }
        }
        Boolean minor = yesNo(row, DelegationListColumn.MINOR, problems);
        Boolean firstTime = yesNo(row, DelegationListColumn.FIRST_TIME, problems);
        Boolean fewer = yesNo(row, DelegationListColumn.FEWER_OPPORTUNITIES, problems);
        String gender = choice(
                row,
                DelegationListColumn.GENDER,
                DelegationListValues.gender(row.get(DelegationListColumn.GENDER))
                        .orElse(null),
                problems);
        String ageBand = choice(
                row,
                DelegationListColumn.AGE_BAND,
                DelegationListValues.ageBand(row.get(DelegationListColumn.AGE_BAND))
                        .orElse(null),
                problems);
        return new RegistrationRequest(
                row.get(DelegationListColumn.FIRST_NAME),
                row.get(DelegationListColumn.LAST_NAME),
                blankToNull(row.get(DelegationListColumn.EMAIL)),
                blankToNull(row.get(DelegationListColumn.ORGANISATION)),
                townId,
                townName,
                country,
                delegation.id(),
                gender,
                ageBand,
                firstTime,
                fewer,
                null,
                null,
                Languages.knownOrDefault(user.language()),
                consent,
                Boolean.TRUE.equals(minor));
    }

    private static @Nullable Boolean yesNo(
            DelegationListReader.Row row, DelegationListColumn column, List<DelegationImportProblem> problems) {
        String text = row.get(column);
        if (!DelegationListValues.isYesNo(text)) {
            problems.add(new DelegationImportProblem(row.number(), column, "error.event.import.invalid-yes-no", text));
            return null;
        }
        return DelegationListValues.yesNo(text);
    }

    private static @Nullable String choice(
            DelegationListReader.Row row,
            DelegationListColumn column,
            @Nullable String value,
            List<DelegationImportProblem> problems) {
        String text = row.get(column);
        if (text.isBlank()) {
            return null;
        }
        if (value == null) {
            problems.add(new DelegationImportProblem(row.number(), column, "error.event.import.invalid-choice", text));
        }
        return value;
    }

    private static DelegationImportReport report(List<CheckedRow> rows, int imported) {
        List<DelegationImportProblem> problems =
                rows.stream().flatMap(row -> row.problems().stream()).toList();
        int valid = (int) rows.stream().filter(row -> row.problems().isEmpty()).count();
        return new DelegationImportReport(rows.size(), valid, imported, problems);
    }

    /** Every column's header in every language: a list made in Latvian imports for an English reader. */
    private Map<DelegationListColumn, List<String>> headerNames() {
        Map<DelegationListColumn, List<String>> names = new EnumMap<>(DelegationListColumn.class);
        for (DelegationListColumn column : DelegationListColumn.values()) {
            List<String> texts = new ArrayList<>();
            for (String language : TranslationCoverage.staffLanguages()) {
                texts.add(label(column, Languages.locale(language)));
            }
            names.put(column, texts);
        }
        return names;
    }

    private String label(DelegationListColumn column, Locale locale) {
        return messages.getMessage(column.messageKey(), null, locale);
    }

    private static @Nullable String blankToNull(String text) {
        return TextLimits.stripToNull(text);
    }

    // --- Templates ---

    @Override
    public byte[] template(Format format, Locale locale) {
        List<String> headers = java.util.Arrays.stream(DelegationListColumn.values())
                .map(column -> label(column, locale))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == Format.CSV) {
                // A byte order mark so that Excel reads UTF-8; semicolons where Excel expects them (Latvian).
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                char delimiter = "lv".equals(locale.getLanguage()) ? ';' : ',';
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (CSVPrinter printer = CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(delimiter)
                        .get()
                        .print(writer)) {
                    printer.printRecord(headers);
                }
            } else {
                Workbook workbook = new Workbook(out, "Jumelage", "1.0");
                Worksheet list =
                        workbook.newWorksheet(messages.getMessage("event.import.template.sheet", null, locale));
                Worksheet help =
                        workbook.newWorksheet(messages.getMessage("event.import.template.help-sheet", null, locale));
                DelegationListColumn[] columns = DelegationListColumn.values();
                help.value(0, 0, messages.getMessage("event.import.template.help-column", null, locale));
                help.value(0, 1, messages.getMessage("event.import.template.help-key", null, locale));
                help.value(0, 2, messages.getMessage("event.import.template.help-required", null, locale));
                help.value(0, 3, messages.getMessage("event.import.template.help-values", null, locale));
                help.style(0, 0).bold().set();
                help.style(0, 1).bold().set();
                help.style(0, 2).bold().set();
                help.style(0, 3).bold().set();
                for (int i = 0; i < columns.length; i++) {
                    list.value(0, i, headers.get(i));
                    list.style(0, i).bold().set();
                    list.width(i, 20);
                    help.value(i + 1, 0, headers.get(i));
                    help.value(i + 1, 1, columns[i].key());
                    help.value(
                            i + 1,
                            2,
                            messages.getMessage(
                                    columns[i].required() ? "event.import.template.yes" : "event.import.template.no",
                                    null,
                                    locale));
                    help.value(i + 1, 3, messages.getMessage("event.import.help." + columns[i].key(), null, locale));
                }
                help.width(0, 28);
                help.width(1, 22);
                help.width(3, 80);
                workbook.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
