package org.jumelage.participation.domain;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventException;
import org.jumelage.event.EventSummary;
import org.jumelage.event.HostPlace;
import org.jumelage.participation.EventEvidence;
import org.jumelage.participation.ListDelegation;
import org.jumelage.participation.ListFormat;
import org.jumelage.participation.ParticipantListFile;
import org.jumelage.participation.ParticipantListOverview;
import org.jumelage.participation.ParticipantLists;
import org.jumelage.participation.persistence.ParticipantListQueries;
import org.jumelage.participation.persistence.ParticipantListQueries.DelegationRow;
import org.jumelage.participation.persistence.ParticipantListQueries.PersonRow;
import org.jumelage.programme.FundingStatement;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.programme.ProgrammeCatalogue;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Languages;
import org.jumelage.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultParticipantLists implements ParticipantLists {

    /** The languages lists are written in when the event names none (or none Jumelage has texts for). */
    static final List<String> DEFAULT_LANGUAGES = List.of("lv", "en");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ListAccess access;
    private final ParticipantListQueries queries;
    private final EventEvidence evidence;
    private final ProgrammeCatalogue catalogue;
    private final MessageSource messages;
    private final AuditTrail auditTrail;

    DefaultParticipantLists(
            ListAccess access,
            ParticipantListQueries queries,
            EventEvidence evidence,
            ProgrammeCatalogue catalogue,
            MessageSource messages,
            AuditTrail auditTrail) {
        this.access = access;
        this.queries = queries;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.messages = messages;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional(readOnly = true)
    public ParticipantListOverview overview(SignedInUser viewer, long eventId) {
        ListAccess.Scope scope = access.scope(viewer, eventId);
        Map<Long, Integer> counts = queries.confirmedPerDelegation(eventId);
        List<ListDelegation> delegations = scope.ownDelegations().stream()
                .map(delegation -> new ListDelegation(
                        delegation.id(),
                        partnerName(scope.project(), delegation),
                        delegation.country(),
                        counts.getOrDefault(delegation.id(), 0)))
                .toList();
        return new ParticipantListOverview(
                eventId,
                scope.editor(),
                delegations,
                scope.days(),
                evidence.forEvent(viewer, eventId),
                scope.editor() || !delegations.isEmpty(),
                scope.editor(),
                evidence.maxSize());
    }

    @Override
    @Transactional
    public ParticipantListFile export(
            SignedInUser viewer,
            long eventId,
            @Nullable Long delegationId,
            @Nullable LocalDate day,
            ListFormat format) {
        ListAccess.Scope scope = access.scope(viewer, eventId);
        DelegationRow delegation = delegationId == null ? null : scope.delegation(delegationId);
        if (!scope.mayHandle(delegationId)) {
            throw EventException.notAllowed();
        }
        scope.checkDay(day);
        List<Locale> languages = languages(eventId);
        ListContent content = content(scope, delegation, day, languages);
        byte[] bytes = switch (format) {
            case PDF -> ParticipantListPdf.render(content);
            case XLSX -> ParticipantListXlsx.render(content);
            case CSV -> ParticipantListCsv.render(content);
        };
        auditTrail.record(
                "event.participant-list.exported",
                "event " + eventId + " (project " + scope.event().projectId() + ")",
                "format=" + format.extension()
                        + (delegation == null ? "" : " delegation=" + delegation.id())
                        + (day == null ? "" : " day=" + day)
                        + " rows=" + content.rows().size());
        return new ParticipantListFile(
                fileName(eventId, delegation, day, format),
                format.contentType(),
                bytes,
                content.rows().size());
    }

    /** The event's working languages that Jumelage has texts for, in the event's order. */
    List<Locale> languages(long eventId) {
        List<String> codes = queries.workingLanguages(eventId)
                .map(text -> Arrays.stream(text.split("[,;\\s]+"))
                        .map(Languages::known) // any language participants read (issue 16)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .map(set -> List.copyOf(set))
                .filter(list -> !list.isEmpty())
                .orElse(DEFAULT_LANGUAGES);
        return codes.stream().map(Languages::locale).toList();
    }

    private ListContent content(
            ListAccess.Scope scope,
            @Nullable DelegationRow delegation,
            @Nullable LocalDate day,
            List<Locale> languages) {
        EventSummary event = scope.event();
        Locale first = languages.get(0);
        List<String> titleLines = new ArrayList<>();
        titleLines.add(joined("event.lists.doc.title", languages));
        languages.stream()
                .map(locale -> event.titles().in(locale))
                .filter(title -> !title.isBlank())
                .distinct()
                .forEach(titleLines::add);

        List<ListContent.Fact> facts = new ArrayList<>();
        facts.add(new ListContent.Fact(
                joined("event.lists.doc.project", languages),
                scope.project().summary().label(first)));
        String reference = scope.project().summary().referenceNumber();
        if (reference != null && !reference.isBlank()) {
            facts.add(new ListContent.Fact(joined("event.lists.doc.reference", languages), reference));
        }
        if (event.startDate() != null && event.endDate() != null) {
            String dates = event.startDate().equals(event.endDate())
                    ? DATE.format(event.startDate())
                    : DATE.format(event.startDate()) + "–" + DATE.format(event.endDate());
            facts.add(new ListContent.Fact(joined("event.lists.doc.dates", languages), dates));
        }
        facts.add(new ListContent.Fact(joined("event.lists.doc.place", languages), place(event, languages)));
        facts.add(new ListContent.Fact(
                joined("event.lists.doc.delegation", languages),
                delegation == null
                        ? joined("event.lists.doc.all-delegations", languages)
                        : delegationLabel(scope.project(), delegation, languages)));
        if (day != null) {
            facts.add(new ListContent.Fact(joined("event.lists.doc.day", languages), DATE.format(day)));
        }

        Collator collator = Collator.getInstance(first);
        collator.setStrength(Collator.SECONDARY);
        List<PersonRow> people =
                new ArrayList<>(queries.confirmed(event.id(), delegation == null ? null : delegation.id()));
        people.sort(Comparator.comparing(PersonRow::lastName, collator)
                .thenComparing(PersonRow::firstName, collator)
                .thenComparingLong(PersonRow::id));
        List<ListContent.Row> rows = new ArrayList<>();
        for (PersonRow person : people) {
            rows.add(new ListContent.Row(
                    rows.size() + 1,
                    person.firstName(),
                    person.lastName(),
                    person.townName() == null ? "" : person.townName(),
                    countryName(person.country(), languages),
                    person.country()));
        }

        String programme = catalogue
                .measure(scope.project().summary().measure())
                .map(MeasureSummary::programmeCode)
                .orElse(null);
        String fundingKey = FundingStatement.messageKey(programme);
        List<String> funding = languages.stream()
                .map(locale -> messages.getMessage(fundingKey, null, locale))
                .distinct()
                .toList();
        return new ListContent(
                titleLines,
                facts,
                List.of(
                        joined("event.lists.col.number", languages),
                        joined("event.lists.col.name", languages),
                        joined("event.lists.col.town", languages),
                        joined("event.lists.col.country", languages),
                        joined("event.lists.col.signature", languages)),
                List.of(
                        joined("event.lists.col.number", languages),
                        joined("event.lists.col.last-name", languages),
                        joined("event.lists.col.first-name", languages),
                        joined("event.lists.col.town", languages),
                        joined("event.lists.col.country", languages)),
                rows,
                funding,
                languages.stream()
                        .map(locale -> messages.getMessage("event.lists.doc.page", null, locale))
                        .distinct()
                        .collect(Collectors.joining(" / ")),
                joined("event.lists.doc.empty", languages),
                sheetName(messages.getMessage("event.lists.doc.title", null, first)),
                signatureDays(event, day));
    }

    /** The days to sign for, one column each, when the list covers an event of several days. */
    private static List<String> signatureDays(EventSummary event, @Nullable LocalDate day) {
        if (day != null
                || event.startDate() == null
                || event.endDate() == null
                || !event.endDate().isAfter(event.startDate())) {
            return List.of();
        }
        return event.startDate()
                .datesUntil(event.endDate().plusDays(1))
                .map(DATE::format)
                .toList();
    }

    /** A country's name in each language of the list, joined with " / " (once when they are the same). */
    static String countryName(String code, List<Locale> languages) {
        return languages.stream()
                .map(locale -> Countries.name(code, locale))
                .distinct()
                .collect(Collectors.joining(" / "));
    }

    /** The text in each language, joined with " / " (once when the languages say the same). */
    private String joined(String key, List<Locale> languages) {
        return languages.stream()
                .map(locale -> messages.getMessage(key, null, locale))
                .distinct()
                .collect(Collectors.joining(" / "));
    }

    private static String place(EventSummary event, List<Locale> languages) {
        String places = event.hostPlaces().stream().map(HostPlace::name).collect(Collectors.joining(", "));
        Set<String> countries = event.hostPlaces().stream()
                .map(HostPlace::country)
                .map(code -> countryName(code, languages))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String text = places + (countries.isEmpty() ? "" : " (" + String.join(", ", countries) + ")");
        return event.venue() == null || event.venue().isBlank()
                ? text
                : event.venue().strip() + ", " + text;
    }

    static LocalizedText partnerName(ProjectDetails project, DelegationRow delegation) {
        return project.partners().stream()
                .filter(partner -> partner.id() == delegation.partnerId())
                .map(PartnerSummary::organisationName)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(LocalizedText.of(null, null));
    }

    private static String delegationLabel(ProjectDetails project, DelegationRow delegation, List<Locale> languages) {
        String name = partnerName(project, delegation).in(languages.get(0));
        String country = countryName(delegation.country(), languages);
        return name.isBlank() ? country : name + " (" + country + ")";
    }

    private static String fileName(
            long eventId, @Nullable DelegationRow delegation, @Nullable LocalDate day, ListFormat format) {
        StringBuilder name = new StringBuilder("participant-list-").append(eventId);
        if (delegation != null) {
            name.append('-').append(delegation.country()).append('-').append(delegation.id());
        }
        if (day != null) {
            name.append('-').append(day);
        }
        return name.append('.').append(format.extension()).toString();
    }

    /** An Excel sheet name: at most 31 characters, none of {@code []:*?/\}. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name.isEmpty() ? "List" : name;
    }
}
