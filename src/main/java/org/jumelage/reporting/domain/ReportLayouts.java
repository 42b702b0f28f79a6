package org.jumelage.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.reporting.FinalReport;
import org.jumelage.reporting.ProjectParticipation;
import org.jumelage.reporting.domain.ReportLayout.Block;
import org.jumelage.reporting.domain.ReportLayout.Cell;
import org.jumelage.reporting.domain.ReportLayout.Column;
import org.jumelage.reporting.domain.ReportLayout.Fact;
import org.jumelage.reporting.domain.ReportLayout.Facts;
import org.jumelage.reporting.domain.ReportLayout.Group;
import org.jumelage.reporting.domain.ReportLayout.Notes;
import org.jumelage.reporting.domain.ReportLayout.Section;
import org.jumelage.reporting.domain.ReportLayout.Sheet;
import org.jumelage.reporting.domain.ReportLayout.Table;
import org.jumelage.reporting.domain.ReportLayout.Text;
import org.jumelage.shared.Countries;
import org.jumelage.shared.LocalFormats;
import org.springframework.context.MessageSource;

/**
 * Lays a {@link FinalReport} out for the files (see {@link ReportLayout}): which sections, facts,
 * tables and columns the PDF, the DOCX and the XLSX have, in one place. Labels come from the
 * {@code reporting.document.*} keys of the reporting bundle; numbers and dates are written with
 * {@link LocalFormats} and kept as values for the workbook.
 */
final class ReportLayouts {

    private static final String KEY = "reporting.document.";

    private final MessageSource messages;
    private final Locale locale;
    private final Sheet identification;
    private final Sheet sections;
    private final Sheet events;
    private final Sheet byCountry;
    private final Sheet byDelegation;
    private final Sheet thresholds;
    private final Sheet grant;
    private final Sheet dissemination;
    private final Sheet outcomes;
    private final Sheet missing;

    private ReportLayouts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        identification = sheet("identification");
        sections = sheet("sections");
        events = sheet("events");
        byCountry = sheet("by-country");
        byDelegation = sheet("by-delegation");
        thresholds = sheet("thresholds");
        grant = sheet("grant");
        dissemination = sheet("dissemination");
        outcomes = sheet("outcomes");
        missing = sheet("missing");
    }

    /** The layout of the report in its own language ({@link FinalReport#locale()}). */
    static ReportLayout of(FinalReport report, MessageSource messages) {
        return new ReportLayouts(messages, report.locale()).layout(report);
    }

    private ReportLayout layout(FinalReport report) {
        FinalReport.Identification id = report.identification();
        List<String> subtitle = new ArrayList<>();
        subtitle.add(
                id.acronym() == null || id.acronym().equals(id.title())
                        ? id.title()
                        : id.title() + " (" + id.acronym() + ")");
        subtitle.add(message("reference-line", reference(id)));
        List<Section> all = new ArrayList<>();
        all.add(identification(id));
        all.add(new Section(message("section.missing"), 1, List.of(missing(report))));
        all.add(writtenSections(report));
        all.add(participation(report));
        for (FinalReport.ReportEvent event : report.events()) {
            all.add(event(event));
        }
        all.add(grant(report.grant()));
        all.add(dissemination(report));
        all.add(outcomes(report));
        return new ReportLayout(
                message("title"),
                subtitle,
                id.fundingStatement(),
                message("emblem"),
                message("generated", date(report.generatedAt()).text()),
                all);
    }

    private String reference(FinalReport.Identification id) {
        return id.referenceNumber() == null || id.referenceNumber().isBlank()
                ? message("reference-missing")
                : id.referenceNumber();
    }

    private Section identification(FinalReport.Identification id) {
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("reference", Cell.text(reference(id))));
        facts.add(fact("project", Cell.text(id.title())));
        if (id.acronym() != null) {
            facts.add(fact("acronym", Cell.text(id.acronym())));
        }
        facts.add(fact("programme", Cell.text(id.programmeName())));
        facts.add(fact("measure", Cell.text(id.measureName() + " (" + id.measureCode() + ")")));
        facts.add(fact("call", Cell.text(id.callCode() == null ? message("none") : id.callCode())));
        if (id.callYear() != null) {
            facts.add(fact("call-year", new Cell(LocalFormats.year(id.callYear()), id.callYear(), null)));
        }
        facts.add(fact("status", Cell.text(id.status())));
        facts.add(fact("start", date(id.startDate())));
        facts.add(fact("end", date(id.endDate())));
        facts.add(fact(
                "lead",
                Cell.text(
                        id.lead() == null
                                ? message("none")
                                : partnerName(id.lead()) + ", " + id.lead().countryName())));
        facts.add(fact("funding", Cell.text(id.fundingStatement())));
        List<List<Cell>> partners = new ArrayList<>();
        for (FinalReport.CountryPartners country : id.partnersByCountry()) {
            for (FinalReport.Partner partner : country.partners()) {
                partners.add(List.of(
                        Cell.text(country.countryName()), Cell.text(partnerName(partner)), Cell.text(partner.role())));
            }
        }
        return new Section(
                message("section.identification"),
                1,
                List.of(
                        facts(identification, Group.NONE, facts),
                        new Table(
                                identification,
                                Group.NONE,
                                message("partners"),
                                columns("col.country", "col.partner", "col.role"),
                                partners,
                                null,
                                message("partners-none"))));
    }

    private String partnerName(FinalReport.Partner partner) {
        return partner.name() == null ? message("partner-unnamed") : partner.name();
    }

    private Notes missing(FinalReport report) {
        return new Notes(
                missing,
                Group.NONE,
                message("col.missing"),
                report.missing().stream().map(FinalReport.Missing::text).toList(),
                message("missing-none"));
    }

    private Section writtenSections(FinalReport report) {
        List<Block> blocks = new ArrayList<>();
        for (FinalReport.SectionKind kind : FinalReport.SectionKind.values()) {
            String label = message("written." + kind.id());
            List<FinalReport.WrittenSection> written = report.sections(kind);
            if (written.isEmpty()) {
                blocks.add(text(label, List.of(message("written.none"))));
            }
            for (FinalReport.WrittenSection section : written) {
                String language =
                        messages.getMessage(KEY + "language." + section.language(), null, section.language(), locale);
                blocks.add(text(label + " (" + language + ")", paragraphs(section.text())));
            }
        }
        return new Section(message("section.written"), 1, blocks);
    }

    private Text text(String label, List<String> paragraphs) {
        return new Text(sections, Group.NONE, label, message("col.section"), message("col.text"), paragraphs);
    }

    private Section participation(FinalReport report) {
        ProjectParticipation.Totals totals = report.participation().totals();
        List<List<Cell>> rows = new ArrayList<>();
        for (FinalReport.ReportEvent event : report.events()) {
            ProjectParticipation.EventParticipation counts = event.participation();
            rows.add(List.of(
                    Cell.text(event.title()),
                    Cell.text(places(event)),
                    date(event.startDate()),
                    date(event.endDate()),
                    number(event.days()),
                    number(registered(counts)),
                    number(attended(counts)),
                    number(counts.invitedAttended()),
                    number(counts.localAttended())));
        }
        List<Cell> total = List.of(
                Cell.text(message("total")),
                Cell.text(message("countries", totals.countries())),
                Cell.text(""),
                Cell.text(""),
                Cell.text(""),
                number(totals.registered()),
                number(totals.attended()),
                number(totals.invitedAttended()),
                Cell.text(""));
        List<Column> columns = new ArrayList<>(columns("col.event", "col.place", "col.start", "col.end"));
        columns.addAll(numeric("col.days", "col.registered", "col.attended", "col.invited-attended", "col.local"));
        return new Section(
                message("section.events"),
                1,
                List.of(new Table(
                        events,
                        Group.NONE,
                        null,
                        columns,
                        rows,
                        report.events().isEmpty() ? null : total,
                        message("events-none"))));
    }

    private Section event(FinalReport.ReportEvent event) {
        ProjectParticipation.EventParticipation counts = event.participation();
        Group group = new Group(
                columns("col.event", "col.start"), List.of(Cell.text(event.title()), date(event.startDate())));
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("event-type", Cell.text(event.type())));
        facts.add(fact("event-place", Cell.text(places(event))));
        if (event.venue() != null) {
            facts.add(fact("event-venue", Cell.text(event.venue())));
        }
        facts.add(fact("start", date(event.startDate())));
        facts.add(fact("end", date(event.endDate())));
        facts.add(fact("event-days", number(event.days())));
        facts.add(fact(
                "event-public",
                event.publicUrl() == null
                        ? Cell.text(message("not-public"))
                        : Cell.link(event.publicUrl(), event.publicUrl())));
        List<Block> blocks = new ArrayList<>();
        blocks.add(facts(events, group, facts));
        blocks.add(new Text(
                sections,
                group,
                message("agenda"),
                message("col.section"),
                message("col.text"),
                event.agenda().isEmpty() ? List.of(message("agenda-none")) : event.agenda()));
        List<List<Cell>> countries = new ArrayList<>();
        for (ProjectParticipation.CountryCount country : counts.byCountry()) {
            countries.add(List.of(
                    Cell.text(Countries.name(country.country(), locale)),
                    Cell.text(message(country.invited() ? "invited" : "local")),
                    number(country.registered()),
                    number(country.attended())));
        }
        List<Cell> countryTotal = List.of(
                Cell.text(message("total")), Cell.text(""), number(registered(counts)), number(attended(counts)));
        List<Column> countryColumns = new ArrayList<>(columns("col.country", "col.invited"));
        countryColumns.addAll(numeric("col.registered", "col.attended"));
        blocks.add(new Table(
                byCountry,
                group,
                message("by-country"),
                countryColumns,
                countries,
                countries.isEmpty() ? null : countryTotal,
                message(event.attendanceRecorded() ? "by-country-none" : "attendance-none")));
        List<List<Cell>> delegations = new ArrayList<>();
        for (ProjectParticipation.DelegationCount delegation : counts.byDelegation()) {
            delegations.add(List.of(
                    Cell.text(
                            delegation.organisation() == null
                                    ? message("partner-unnamed")
                                    : delegation.organisation().in(locale)),
                    Cell.text(Countries.name(delegation.country(), locale)),
                    number(delegation.registered()),
                    number(delegation.attended())));
        }
        List<Column> delegationColumns = new ArrayList<>(columns("col.delegation", "col.country"));
        delegationColumns.addAll(numeric("col.registered", "col.attended"));
        blocks.add(new Table(
                byDelegation,
                group,
                message("by-delegation"),
                delegationColumns,
                delegations,
                null,
                message("by-delegation-none")));
        List<List<Cell>> rules = new ArrayList<>();
        for (ProjectParticipation.Threshold threshold : counts.thresholds()) {
            rules.add(List.of(
                    Cell.text(messages.getMessage("rules.rule." + threshold.rule(), null, threshold.rule(), locale)),
                    number(threshold.required()),
                    number(threshold.actual()),
                    number(threshold.missing())));
        }
        List<Column> ruleColumns = new ArrayList<>(columns("col.rule"));
        ruleColumns.addAll(numeric("col.required", "col.actual", "col.short"));
        blocks.add(new Table(
                thresholds, group, message("thresholds"), ruleColumns, rules, null, message("thresholds-none")));
        return new Section(event.title() + " — " + dates(event), 2, blocks);
    }

    private Section grant(FinalReport.Grant grant) {
        List<Block> blocks = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("rule-set", Cell.text(grant.ruleSet())));
        if (grant.problem() != null) {
            facts.add(fact("grant-problem", Cell.text(grant.problem())));
        }
        blocks.add(facts(this.grant, Group.NONE, facts));
        List<List<Cell>> columns = new ArrayList<>();
        for (FinalReport.GrantColumn column : grant.columns()) {
            columns.add(List.of(
                    Cell.text(message("count." + column.count().name().toLowerCase(Locale.ROOT))),
                    Cell.text(column.eligibility()),
                    amount(column.amount()),
                    amount(column.min()),
                    amount(column.max()),
                    Cell.text(column.currency())));
        }
        List<Column> headings = new ArrayList<>(columns("col.count", "col.eligibility"));
        headings.addAll(numeric("col.amount", "col.min", "col.max"));
        headings.addAll(columns("col.currency"));
        blocks.add(new Table(this.grant, Group.NONE, null, headings, columns, null, message("grant-none")));
        FinalReport.GrantColumn attended = grant.attended();
        if (attended != null) {
            Group group = new Group(columns("col.count"), List.of(Cell.text(message("count." + "attended"))));
            List<List<Cell>> lines = attended.lines().stream()
                    .map(line -> List.of(Cell.text(line.text()), amount(line.amount())))
                    .toList();
            List<Column> lineColumns = new ArrayList<>(columns("col.grant-line"));
            lineColumns.addAll(numeric("col.amount"));
            blocks.add(new Table(
                    this.grant, group, message("grant-lines"), lineColumns, lines, null, message("grant-lines-none")));
            List<List<Cell>> checks = attended.checks().stream()
                    .map(check -> List.of(
                            Cell.text(messages.getMessage("rules.rule." + check.rule(), null, check.rule(), locale)),
                            Cell.text(
                                    messages.getMessage(KEY + "check." + check.status(), null, check.status(), locale)),
                            Cell.text(check.message()),
                            Cell.text(check.source())))
                    .toList();
            blocks.add(new Table(
                    this.grant,
                    group,
                    message("grant-checks"),
                    columns("col.rule", "col.check", "col.verdict", "col.source"),
                    checks,
                    null,
                    message("grant-checks-none")));
        }
        blocks.add(new Notes(this.grant, Group.NONE, message("grant-remarks"), grant.remarks(), message("none")));
        return new Section(message("section.grant"), 1, blocks);
    }

    private Section dissemination(FinalReport report) {
        FinalReport.Dissemination published = report.dissemination();
        List<List<Cell>> rows = new ArrayList<>();
        page(rows, message("kind.project-page"), published.project());
        for (FinalReport.PublishedPage event : published.events()) {
            page(rows, message("kind.event-page"), event);
        }
        for (FinalReport.NewsItem news : published.news()) {
            if (news.urls().isEmpty()) {
                rows.add(List.of(
                        Cell.text(message("kind.news")),
                        Cell.text(news.title()),
                        Cell.text(message("not-public")),
                        date(news.publishAt())));
            }
            for (FinalReport.Address address : news.urls()) {
                rows.add(List.of(
                        Cell.text(message("kind.news")),
                        Cell.text(news.title() + " (" + address.language() + ")"),
                        Cell.link(address.url(), address.url()),
                        date(news.publishAt())));
            }
        }
        for (FinalReport.Feed feed : published.feeds()) {
            rows.add(List.of(
                    Cell.text(message("kind.feed")),
                    Cell.text(feed.name() + " (" + feed.language() + ")"),
                    Cell.link(feed.url(), feed.url()),
                    Cell.text("")));
        }
        return new Section(
                message("section.dissemination"),
                1,
                List.of(new Table(
                        dissemination,
                        Group.NONE,
                        null,
                        columns("col.kind", "col.title", "col.address", "col.date"),
                        rows,
                        null,
                        message("dissemination-none"))));
    }

    private void page(List<List<Cell>> rows, String kind, FinalReport.PublishedPage page) {
        Cell when = page.publishedAt() == null ? Cell.text("") : date(page.publishedAt());
        if (page.urls().isEmpty()) {
            rows.add(List.of(Cell.text(kind), Cell.text(page.title()), Cell.text(message("not-public")), when));
        }
        for (FinalReport.Address address : page.urls()) {
            rows.add(List.of(
                    Cell.text(kind),
                    Cell.text(page.title() + " (" + address.language() + ")"),
                    Cell.link(address.url(), address.url()),
                    when));
        }
    }

    private Section outcomes(FinalReport report) {
        List<List<Cell>> rows = report.outcomes().stream()
                .map(outcome -> List.of(date(outcome.date()), Cell.text(outcome.kind()), Cell.text(outcome.text())))
                .toList();
        return new Section(
                message("section.outcomes"),
                1,
                List.of(new Table(
                        outcomes,
                        Group.NONE,
                        null,
                        columns("col.date", "col.kind", "col.text"),
                        rows,
                        null,
                        message("outcomes-none"))));
    }

    private Facts facts(Sheet sheet, Group group, List<Fact> facts) {
        return new Facts(sheet, group, message("col.item"), message("col.value"), facts);
    }

    private Fact fact(String key, Cell value) {
        return new Fact(message("fact." + key), value);
    }

    private static int registered(ProjectParticipation.EventParticipation counts) {
        return counts.byCountry().stream()
                .mapToInt(ProjectParticipation.CountryCount::registered)
                .sum();
    }

    private static int attended(ProjectParticipation.EventParticipation counts) {
        return counts.byCountry().stream()
                .mapToInt(ProjectParticipation.CountryCount::attended)
                .sum();
    }

    private String places(FinalReport.ReportEvent event) {
        if (event.places().isEmpty()) {
            return message("place-none");
        }
        return String.join(
                "; ",
                event.places().stream()
                        .map(place -> place.name() + ", " + place.countryName())
                        .toList());
    }

    private String dates(FinalReport.ReportEvent event) {
        if (event.startDate() == null) {
            return message("dates-none");
        }
        String start = LocalFormats.date(event.startDate(), locale);
        return event.endDate() == null || event.endDate().equals(event.startDate())
                ? start
                : start + "–" + LocalFormats.date(event.endDate(), locale);
    }

    private static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private Sheet sheet(String id) {
        return new Sheet(id, message("sheet." + id));
    }

    private List<Column> columns(String... keys) {
        List<Column> columns = new ArrayList<>();
        for (String key : keys) {
            columns.add(new Column(message(key), false));
        }
        return columns;
    }

    private List<Column> numeric(String... keys) {
        List<Column> columns = new ArrayList<>();
        for (String key : keys) {
            columns.add(new Column(message(key), true));
        }
        return columns;
    }

    private Cell number(int number) {
        return new Cell(LocalFormats.number(number, locale), number, null);
    }

    private Cell amount(@Nullable BigDecimal amount) {
        return amount == null ? Cell.text("") : new Cell(LocalFormats.amount(amount, locale), amount, null);
    }

    private Cell date(@Nullable LocalDate date) {
        return date == null ? Cell.text(message("date-none")) : new Cell(LocalFormats.date(date, locale), date, null);
    }

    private Cell date(@Nullable Instant instant) {
        return instant == null ? Cell.text("") : date(LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(KEY + key, arguments, locale);
    }
}
