package org.jumelage.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jumelage.project.GrantForecast;

/**
 * The final report of a project as data: everything the report page, the PDF, the DOCX and the XLSX
 * show, assembled by {@link ProjectReports#report} from the other modules' facades for one viewer.
 *
 * <p><b>Texts are resolved.</b> Every text a person reads (names, titles, rule messages, remarks, the
 * funding statement) is already written in {@link #locale()}, from the bundles and the data; a renderer
 * only lays it out. Numbers, amounts and dates stay typed ({@code int}, {@link BigDecimal}, {@link
 * LocalDate}, {@link Instant}): format them with {@code shared.LocalFormats} in the same locale.
 * Labels of the renderer's own (headings, column titles) come from the {@code reporting} bundle
 * ({@code reporting.report.*} keys, used by the page too).
 *
 * <p><b>Addresses.</b> {@code …Path} fields are addresses inside the application, starting with
 * {@code /} (the event page, its statistics, the participant lists, the news article): where a number
 * comes from, for signed-in readers. {@code …Url} fields are absolute public addresses built on
 * {@code jumelage.public-url} (the public project and event pages, news and feeds) that the programme
 * asks the report to cite; they are {@code null} while the thing is not public.
 *
 * @param locale the language of the resolved texts
 * @param generatedAt when the report was assembled
 * @param editable whether the viewer may write the report's sections (an editor of the project)
 * @param participation the counts per event against the measure's thresholds ({@link
 *     ProjectReports#participation}), the same numbers as {@link #events()}' {@code participation}
 * @param sections the written sections in every language written, summary first
 * @param missing what the report lacks, in the order of the report's sections; empty when complete
 */
public record FinalReport(
        long projectId,
        Locale locale,
        Instant generatedAt,
        boolean editable,
        Identification identification,
        List<WrittenSection> sections,
        List<ReportEvent> events,
        ProjectParticipation participation,
        Grant grant,
        Dissemination dissemination,
        List<Outcome> outcomes,
        List<Missing> missing) {

    public FinalReport {
        sections = List.copyOf(sections);
        events = List.copyOf(events);
        outcomes = List.copyOf(outcomes);
        missing = List.copyOf(missing);
    }

    /** The written sections of one kind, in the languages written (Latvian first). */
    public List<WrittenSection> sections(SectionKind kind) {
        return sections.stream().filter(section -> section.kind() == kind).toList();
    }

    /**
     * Who, what and when.
     *
     * @param referenceNumber the grant agreement's reference number, or {@code null} when none is recorded
     * @param title the project's title (its acronym when it has no title)
     * @param programmeCode for example {@code E4C-2014}; {@code null} when the measure is not in the catalogue
     * @param callCode the call the project answered, or {@code null}
     * @param callYear the call year the rules engine used, or {@code null}
     * @param status the project's status, resolved ("Running")
     * @param lead the lead partner, or {@code null} when the project has none recorded
     * @param partnersByCountry every partner (lead included), by country name
     * @param fundingStatement the programme's funding statement, resolved
     */
    public record Identification(
            @Nullable String referenceNumber,
            String title,
            @Nullable String acronym,
            @Nullable String programmeCode,
            String programmeName,
            String measureCode,
            String measureName,
            @Nullable String callCode,
            @Nullable Integer callYear,
            String status,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable Partner lead,
            List<CountryPartners> partnersByCountry,
            String fundingStatement) {

        public Identification {
            partnersByCountry = List.copyOf(partnersByCountry);
        }
    }

    /**
     * One partner.
     *
     * @param name the organisation's name, or {@code null} for a partner known only by its country
     * @param role resolved ("Lead", "Partner")
     */
    public record Partner(@Nullable String name, String country, String countryName, String role) {}

    /** The partners of one country. */
    public record CountryPartners(String country, String countryName, List<Partner> partners) {

        public CountryPartners {
            partners = List.copyOf(partners);
        }
    }

    /** The three sections the coordinator writes. */
    public enum SectionKind {
        /** The summary for publication, one per language chosen. */
        SUMMARY,
        /** What went differently from the application, and why. */
        DEVIATIONS,
        /** The project's impact and what follows it. */
        IMPACT;

        /** The kind's name in the API and the bundles: {@code summary}, {@code deviations}, {@code impact}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A written section in one language.
     *
     * @param language {@code lv} or {@code en}
     * @param updatedBy the display name of who last wrote it, or {@code null} when unknown
     */
    public record WrittenSection(
            SectionKind kind,
            String language,
            String text,
            Instant updatedAt,
            @Nullable String updatedBy) {}

    /**
     * One event of the project (deleted events are left out and named in {@link FinalReport#missing()}).
     *
     * @param type resolved ("Partner meeting")
     * @param places the host places, first one first
     * @param venue the venue as written, or {@code null}
     * @param days the days the event spans, 0 when its dates are not known
     * @param agenda the activities per day as the coordinator wrote them in the event's agenda
     *     (one paragraph per line), in the report's language or the other one; empty when none
     * @param participation this event's counts and thresholds
     * @param attendanceRecorded whether anybody was recorded present on any day
     * @param published whether the event is public now (on the public site)
     * @param publicUrl the event's public page, or {@code null} while it is not public
     * @param eventPath the event's page in the application
     * @param statisticsPath the event's statistics page (the source of its counts)
     * @param listsPath the event's participant lists and signed scans
     */
    public record ReportEvent(
            long eventId,
            String title,
            String type,
            List<Place> places,
            @Nullable String venue,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            int days,
            List<String> agenda,
            ProjectParticipation.EventParticipation participation,
            boolean attendanceRecorded,
            boolean published,
            @Nullable String publicUrl,
            String eventPath,
            String statisticsPath,
            String listsPath) {

        public ReportEvent {
            places = List.copyOf(places);
            agenda = List.copyOf(agenda);
        }
    }

    /** A host place: the town's name as the gazetteer or the coordinator gives it, and its country. */
    public record Place(String name, String country, String countryName) {}

    /**
     * The grant as the programme's rules engine sees it, per count (planned, registered, attended).
     *
     * @param forecast the engine's forecast as {@code project.ProjectGrants} answers it, for renderers
     *     that need more than the columns below
     * @param columns one per count the forecast has, planned first; empty when the rules could not
     *     be applied
     * @param problem why the rules could not be applied, resolved, or {@code null}
     * @param remarks what the forecast assumed or left out, resolved
     * @param rulesPath the page of the measure's rules in the application
     */
    public record Grant(
            GrantForecast forecast,
            String ruleSet,
            List<GrantColumn> columns,
            @Nullable String problem,
            List<String> remarks,
            String rulesPath) {

        public Grant {
            columns = List.copyOf(columns);
            remarks = List.copyOf(remarks);
        }

        /** The column of the attended participants, the one the final report rests on, when there is one. */
        public @Nullable GrantColumn attended() {
            return columns.stream()
                    .filter(column -> column.count() == GrantForecast.Count.ATTENDED)
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * The engine's verdict for one count of participants.
     *
     * @param count which participants the column counts
     * @param eligibility resolved ("Eligible", "Not eligible", "Not decided yet")
     * @param eligible whether every eligibility check passed
     * @param amount the grant when exact, or {@code null}
     * @param min the lower end when the grant is a range, or {@code null}
     * @param max the upper end when the grant is a range, or {@code null}
     * @param lines how the grant is made up, resolved, with amounts
     * @param checks every rule check, failing ones first, resolved
     */
    public record GrantColumn(
            GrantForecast.Count count,
            String eligibility,
            boolean eligible,
            boolean exact,
            @Nullable BigDecimal amount,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            String currency,
            List<GrantLine> lines,
            List<Check> checks) {

        public GrantColumn {
            lines = List.copyOf(lines);
            checks = List.copyOf(checks);
        }
    }

    /** One part of the grant: what it is for, resolved, and the amount. */
    public record GrantLine(String text, BigDecimal amount) {}

    /**
     * One rule check.
     *
     * @param rule the rule id, for example {@code min-invited-participants}
     * @param status {@code passed}, {@code failed} or {@code unknown}
     * @param message the verdict, resolved ("24 invited participants; at least 25 needed")
     * @param source the rule's source (programme guide and section) as written in the rules, or {@code null}
     */
    public record Check(
            String rule,
            String status,
            String message,
            @Nullable String source) {}

    /**
     * What was published about the project, where and when.
     *
     * @param project the project's public page
     * @param events the public pages of the project's events, in the order of {@link FinalReport#events()}
     * @param news the project's news articles: public ones, and for editors unpublished ones too
     * @param feeds the project's public feeds; empty while the project is not public
     */
    public record Dissemination(
            PublishedPage project, List<PublishedPage> events, List<NewsItem> news, List<Feed> feeds) {

        public Dissemination {
            events = List.copyOf(events);
            news = List.copyOf(news);
            feeds = List.copyOf(feeds);
        }
    }

    /**
     * A project's or an event's public page.
     *
     * @param id the project's or the event's id
     * @param published whether it is public now
     * @param publishedAt when it was (last) published, or {@code null} when it never was
     * @param urls the public addresses in each site language ({@code lv}, {@code en}); empty while not public
     */
    public record PublishedPage(
            long id,
            String title,
            boolean published,
            @Nullable Instant publishedAt,
            List<Address> urls) {

        public PublishedPage {
            urls = List.copyOf(urls);
        }
    }

    /** A public address in one language. */
    public record Address(String language, String url) {}

    /**
     * A news article about the project or one of its events.
     *
     * @param eventId the event it is about, or {@code null}
     * @param published whether it is public now
     * @param publishAt its publication date, or {@code null} for a draft that never had one
     * @param urls its public addresses per language; empty while not public
     * @param path the article's page in the application
     */
    public record NewsItem(
            long id,
            String title,
            @Nullable Long eventId,
            boolean published,
            @Nullable Instant publishAt,
            List<Address> urls,
            String path) {

        public NewsItem {
            urls = List.copyOf(urls);
        }
    }

    /**
     * One public feed of the project.
     *
     * @param kind {@code news-rss}, {@code news-atom} or {@code events-ics}
     * @param name resolved ("News (RSS)")
     */
    public record Feed(String kind, String name, String language, String url) {}

    /** An outcome of the project: its date (or {@code null}), kind resolved, and text. */
    public record Outcome(@Nullable LocalDate date, String kind, String text) {}

    /**
     * Something the report lacks, said before an auditor finds it.
     *
     * @param code stable id, for example {@code no-events}, {@code no-attendance}, {@code event-deleted},
     *     {@code no-summary}, {@code threshold-missed}
     * @param text resolved ("No attendance recorded for Cēsis meeting, 8–12 November 2018")
     * @param eventId the event it is about, or {@code null}
     * @param path where to fix it in the application, or {@code null}
     */
    public record Missing(
            String code,
            String text,
            @Nullable Long eventId,
            @Nullable String path) {}
}
