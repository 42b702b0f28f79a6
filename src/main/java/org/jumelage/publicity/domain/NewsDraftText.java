package org.jumelage.publicity.domain;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.event.HostPlace;
import org.jumelage.programme.FundingStatement;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectSummary;
import org.jumelage.publicity.NewsDraft;
import org.jumelage.shared.LocalizedText;
import org.springframework.context.MessageSource;

/**
 * Writes the text of a news draft from a project's (or one of its events') data in one language, in
 * the style of the origin documents: who leads “as lead partner”, with partners from which
 * countries, under which programme and measure; how many partners from how many countries, the
 * guests; the aim; the meetings with their dates and places; the implementation period; the
 * contact; and, bold, the funding statement the programme requires. A sentence whose facts are
 * missing is left out, never written with a gap. The title is plain text; the body is Markdown,
 * paragraphs separated by a blank line, with every value from the data escaped.
 *
 * <p>Sentences are messages ({@code publicity.draft.*}); the grammar of the language
 * ({@link DraftGrammar}) puts the values into the forms the sentences need.
 */
final class NewsDraftText {

    /** The longest title an article may have ({@link NewsRules#MAX_TITLE}). */
    static final int MAX_TITLE = NewsRules.MAX_TITLE;

    private final MessageSource messages;
    private final DraftGrammar grammar;
    private final Locale locale;
    private final Clock clock;

    NewsDraftText(MessageSource messages, DraftGrammar grammar, Clock clock) {
        this.messages = messages;
        this.grammar = grammar;
        this.locale = grammar.locale();
        this.clock = clock;
    }

    /**
     * The draft about a project.
     *
     * @param measure the project's measure from the catalogue, or {@code null} when the catalogue has none
     * @param events the project's events, in date order
     */
    NewsDraft project(ProjectDetails project, @Nullable MeasureSummary measure, List<EventSummary> events) {
        Partners partners = Partners.of(project);
        String title = partners.leadName(locale) == null
                ? message("publicity.draft.title.project.no-lead", null, name(project, false))
                : message("publicity.draft.title.project", partners.leadName(locale), name(project, false));
        List<String> body = new ArrayList<>();
        body.add(paragraph(who(project, partners, measure)));
        body.addAll(aim(project));
        body.add(paragraph(
                events.stream().flatMap(event -> meeting(event, null).stream()).toList()));
        body.add(paragraph(period(project.summary())));
        body.add(paragraph(contact(project)));
        body.add(funding(measure));
        return new NewsDraft(fitted(title), join(body));
    }

    /** The draft about one of the project's events. */
    NewsDraft event(EventSummary event, ProjectDetails project, @Nullable MeasureSummary measure) {
        Partners partners = Partners.of(project);
        String title = capitalised(message(
                "publicity.draft.title.event",
                type(event),
                name(project, false),
                event.titles().in(locale)));
        List<String> body = new ArrayList<>();
        body.add(paragraph(meeting(event, name(project, true))));
        LocalizedText agenda = event.agenda();
        if (!agenda.isEmpty()) {
            body.add(message("publicity.draft.agenda", markdown(agenda.in(locale))));
        }
        body.add(paragraph(who(project, partners, measure)));
        body.addAll(aim(project));
        body.add(paragraph(period(project.summary())));
        body.add(paragraph(contact(project)));
        body.add(funding(measure));
        return new NewsDraft(fitted(title), join(body));
    }

    // --- sentences ------------------------------------------------------------------------------

    /** Lead, partners' countries, programme; the full title; counts; named partners; guests. */
    private List<String> who(ProjectDetails project, Partners partners, @Nullable MeasureSummary measure) {
        List<String> sentences = new ArrayList<>();
        String lead = partners.leadName(locale);
        String countries = partners.others() > 0 ? grammar.fromCountries(partners.countries()) : null;
        String key = lead != null && countries != null
                ? "publicity.draft.intro.lead-partners"
                : lead != null
                        ? "publicity.draft.intro.lead"
                        : countries != null ? "publicity.draft.intro.partners" : "publicity.draft.intro.bare";
        sentences.add(message(
                key,
                lead == null ? null : markdown(lead),
                countries,
                markdown(name(project, false)),
                programme(measure)));
        ProjectSummary summary = project.summary();
        String title = summary.titles().in(locale);
        if (summary.acronym() != null && !title.isEmpty()) {
            sentences.add(message("publicity.draft.full-title", markdown(grammar.quote(title))));
        }
        if (partners.counting() > 1) {
            sentences.add(message(
                    "publicity.draft.count" + (grammar.singular(partners.counting()) ? ".one" : ".other"),
                    count("publicity.draft.count.partners", partners.counting()),
                    count(
                            "publicity.draft.count.countries",
                            partners.countries().size())));
        }
        List<String> named = partners.named().stream()
                .map(partner -> markdown(partner.organisationName().in(locale)) + " ("
                        + grammar.country(partner.country()) + ")")
                .toList();
        if (!named.isEmpty()) {
            sentences.add(message("publicity.draft.partners.named", grammar.list(named)));
        }
        if (!partners.guestCountries().isEmpty()) {
            List<String> guests = partners.namedGuests().stream()
                    .map(guest -> markdown(guest.organisationName().in(locale)))
                    .toList();
            sentences.add(
                    guests.isEmpty()
                            ? message("publicity.draft.guests", grammar.fromCountries(partners.guestCountries()))
                            : message(
                                    "publicity.draft.guests.named",
                                    grammar.fromCountries(partners.guestCountries()),
                                    grammar.list(guests)));
        }
        return sentences;
    }

    /** “ Eiropas Savienības programmas „Eiropa pilsoņiem” (2014–2020) … ietvaros”, or nothing. */
    private String programme(@Nullable MeasureSummary measure) {
        if (measure == null || measure.programmeName().isEmpty()) {
            return "";
        }
        String programme = markdown(grammar.programme(measure.programmeName().in(locale)));
        return grammar.measure(measure)
                .map(detail -> message("publicity.draft.programme.measure", programme, markdown(detail)))
                .orElseGet(() -> message("publicity.draft.programme", programme));
    }

    /** The aim (the objectives, else the summary), then the summary when the aim came from the objectives. */
    private List<String> aim(ProjectDetails project) {
        LocalizedText objectives = project.objectives();
        LocalizedText summary = project.projectSummary();
        List<String> paragraphs = new ArrayList<>();
        LocalizedText aim = objectives.isEmpty() ? summary : objectives;
        if (!aim.isEmpty()) {
            String text = sentence(aim.in(locale));
            boolean inLanguage = !aim.isFallbackIn(locale);
            paragraphs.add(
                    inLanguage && grammar.aimReadsAsPredicate(text)
                            ? message("publicity.draft.aim", markdown(lowerFirst(text)))
                            : message("publicity.draft.aim.as-written", markdown(text)));
        }
        if (!objectives.isEmpty() && !summary.isEmpty()) {
            paragraphs.add(markdown(summary.in(locale)));
        }
        return paragraphs;
    }

    /** When, what and where; {@code projectName} names the project for a draft about the event alone. */
    private List<String> meeting(EventSummary event, @Nullable String projectName) {
        List<String> sentences = new ArrayList<>();
        String prefix = projectName == null ? "publicity.draft.event." : "publicity.draft.event.project.";
        String title = event.titles().in(locale);
        String what = markdown(grammar.quote(title));
        String type = type(event);
        if (event.startDate() == null) {
            sentences.add(capitalised(message(prefix + "undated", null, type, what, projectName)));
        } else {
            LocalDate end =
                    event.endDate() != null && !event.endDate().isBefore(event.startDate()) ? event.endDate() : null;
            String tense = tense(event.startDate(), end == null ? event.startDate() : end, event.timeZone());
            sentences.add(capitalised(
                    message(prefix + tense, grammar.when(event.startDate(), end), type, what, projectName)));
        }
        List<String> places = event.hostPlaces().stream().map(this::place).toList();
        String venue = event.venue() == null || event.venue().isBlank()
                ? null
                : markdown(event.venue().strip());
        if (!places.isEmpty()) {
            String where = grammar.list(places);
            sentences.add(message(
                    places.size() == 1 ? "publicity.draft.place.one" : "publicity.draft.place.other",
                    venue == null ? where : venue + ", " + where));
        } else if (venue != null) {
            sentences.add(message("publicity.draft.place.one", venue));
        }
        return sentences;
    }

    private String place(HostPlace place) {
        return markdown(place.name()) + " (" + grammar.country(place.country()) + ")";
    }

    /** Past, now or future, as seen on today's date where the event is held. */
    private String tense(LocalDate start, LocalDate end, String timeZone) {
        LocalDate today = LocalDate.now(clock.withZone(zone(timeZone)));
        if (end.isBefore(today)) {
            return "past";
        }
        return start.isAfter(today) ? "future" : "now";
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private List<String> period(ProjectSummary project) {
        List<String> sentences = new ArrayList<>();
        LocalDate start = project.startDate();
        LocalDate end = project.endDate();
        if (start != null && end != null && !end.isBefore(start)) {
            sentences.add(message("publicity.draft.period", grammar.period(start, end)));
        } else if (start != null) {
            sentences.add(message("publicity.draft.period.from", grammar.date(start)));
        } else if (end != null) {
            sentences.add(message("publicity.draft.period.until", grammar.date(end)));
        }
        if (project.website() != null && !project.website().isBlank()) {
            sentences.add(message("publicity.draft.website", project.website().strip()));
        }
        return sentences;
    }

    private List<String> contact(ProjectDetails project) {
        List<String> details = new ArrayList<>();
        if (present(project.coordinatorEmail())) {
            details.add(message(
                    "publicity.draft.contact.email", project.coordinatorEmail().strip()));
        }
        if (present(project.coordinatorPhone())) {
            details.add(message(
                    "publicity.draft.contact.phone",
                    markdown(project.coordinatorPhone().strip())));
        }
        String name = present(project.coordinatorName())
                ? markdown(project.coordinatorName().strip())
                : null;
        if (name == null && details.isEmpty()) {
            return List.of();
        }
        String listed = String.join(", ", details);
        String key = name == null
                ? "publicity.draft.contact.anonymous"
                : details.isEmpty() ? "publicity.draft.contact.name-only" : "publicity.draft.contact.named";
        return List.of(message(key, name, listed));
    }

    /** The statement the measure's programme requires, bold, as the last paragraph. */
    private String funding(@Nullable MeasureSummary measure) {
        String key = FundingStatement.messageKey(measure == null ? null : measure.programmeCode());
        return "**" + messages.getMessage(key, null, locale) + "**";
    }

    // --- pieces ---------------------------------------------------------------------------------

    /** The acronym, else the title in quotation marks; {@code escaped} escapes it for Markdown. */
    private String name(ProjectDetails project, boolean escaped) {
        ProjectSummary summary = project.summary();
        String name = summary.acronym() != null && !summary.acronym().isBlank()
                ? summary.acronym().strip()
                : grammar.quote(summary.titles().in(locale));
        return escaped ? markdown(name) : name;
    }

    private String type(EventSummary event) {
        return messages.getMessage("publicity.draft.type." + event.type().name(), null, locale);
    }

    private String count(String key, long count) {
        return message(key + (grammar.singular(count) ? ".one" : ".other"), Long.toString(count));
    }

    private String message(String key, @Nullable Object... arguments) {
        Object[] filled = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            filled[i] = arguments[i] == null ? "" : arguments[i];
        }
        return messages.getMessage(key, filled, locale);
    }

    /** A title no longer than an article's title may be (long names make long titles). */
    private static String fitted(String title) {
        return title.length() <= MAX_TITLE
                ? title
                : title.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    private static String paragraph(List<String> sentences) {
        return String.join(" ", sentences);
    }

    private static String join(List<String> paragraphs) {
        return String.join(
                "\n\n",
                paragraphs.stream()
                        .filter(p -> !p.isBlank())
                        .map(MarkdownEscaping::lineStarts)
                        .toList());
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    /** The text ending in a full stop (or the question or exclamation mark it has). */
    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?") || stripped.endsWith("…")
                ? stripped
                : stripped + ".";
    }

    private String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(locale) + text.substring(1);
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /**
     * A value from the data, safe inside a Markdown paragraph (see {@link MarkdownEscaping#text}): a
     * name like “*Ars* <Vita>” reads as written.
     */
    static String markdown(String text) {
        return MarkdownEscaping.text(text);
    }

    /** The partners as a draft counts and names them. */
    private record Partners(
            @Nullable PartnerSummary lead,
            List<String> countries,
            int counting,
            int others,
            List<PartnerSummary> named,
            List<String> guestCountries,
            List<PartnerSummary> namedGuests) {

        /**
         * Countries of the partners that count, in the project's partner order and each once, the
         * lead's country last (as the origin documents list them); guests apart.
         */
        static Partners of(ProjectDetails project) {
            PartnerSummary lead = project.partners().stream()
                    .filter(partner -> partner.role() == PartnerRole.LEAD)
                    .findFirst()
                    .orElse(null);
            String leadCountry = lead != null
                    ? lead.country()
                    : project.summary().lead() == null
                            ? null
                            : project.summary().lead().country();
            Set<String> countries = new LinkedHashSet<>();
            Set<String> guestCountries = new LinkedHashSet<>();
            List<PartnerSummary> named = new ArrayList<>();
            List<PartnerSummary> namedGuests = new ArrayList<>();
            int counting = 0;
            int others = 0;
            for (PartnerSummary partner : project.partners()) {
                boolean hasName = partner.organisationName() != null
                        && !partner.organisationName().isEmpty();
                if (!partner.role().countsAsPartner()) {
                    guestCountries.add(partner.country());
                    if (hasName) {
                        namedGuests.add(partner);
                    }
                    continue;
                }
                counting++;
                if (partner.role() == PartnerRole.LEAD) {
                    continue;
                }
                others++;
                if (!Objects.equals(partner.country(), leadCountry)) {
                    countries.add(partner.country());
                }
                if (hasName) {
                    named.add(partner);
                }
            }
            if (leadCountry != null && (lead == null || lead.role().countsAsPartner())) {
                countries.add(leadCountry);
            }
            return new Partners(
                    lead, List.copyOf(countries), counting, others, named, List.copyOf(guestCountries), namedGuests);
        }

        @Nullable
        String leadName(Locale locale) {
            if (lead != null
                    && lead.organisationName() != null
                    && !lead.organisationName().isEmpty()) {
                return lead.organisationName().in(locale);
            }
            return null;
        }
    }
}
