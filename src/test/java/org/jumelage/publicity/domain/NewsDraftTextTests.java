package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jumelage.event.EventSummary;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlace;
import org.jumelage.programme.MeasureSummary;
import org.jumelage.project.LeadSummary;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDetails;
import org.jumelage.project.ProjectStatus;
import org.jumelage.project.ProjectSummary;
import org.jumelage.publicity.NewsDraft;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The text of news drafts, with the shipped message bundles: the TTChan project of the origin
 * document 001 in Latvian and English word for word, a bare project without a gap or a "null", an
 * event's draft, the tense of a meeting, counts that agree in number, and values that cannot break
 * the Markdown.
 */
class NewsDraftTextTests {

    static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    static final MeasureSummary TOWN_TWINNING = new MeasureSummary(
            "E4C-2014-TT",
            LocalizedText.of("2.1. Pašvaldību sadraudzība", "2.1 Town Twinning"),
            "E4C-2014",
            LocalizedText.of("„Eiropa pilsoņiem” (2014–2020)", "Europe for Citizens (2014–2020)"),
            LocalizedText.of(
                    "2. atbalsta darbība: Demokrātiskā iesaistīšanās un pilsoniskā līdzdalība",
                    "Strand 2: Democratic engagement and civic participation"),
            2014,
            2020);

    static final MeasureSummary CERV_TOWN_TWINNING = new MeasureSummary(
            "CERV-TT",
            LocalizedText.of("Pilsētu sadraudzība", "Town-Twinning"),
            "CERV",
            LocalizedText.of(
                    "„Pilsoņi, vienlīdzība, tiesības un vērtības” (CERV, 2021–2027)",
                    "Citizens, Equality, Rights and Values (CERV, 2021–2027)"),
            LocalizedText.of("Pilsoņu iesaistīšanās un līdzdalība", "Citizens' engagement and participation"),
            2021,
            2027);

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/publicity", "i18n/programme");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static NewsDraftText text(String language, Clock clock) {
        return new NewsDraftText(messages(), DraftGrammar.of(language).orElseThrow(), clock);
    }

    static PartnerSummary partner(long id, @Nullable LocalizedText name, String country, PartnerRole role) {
        return new PartnerSummary(id, name == null ? null : id, name, country, role);
    }

    static final LocalizedText DAUGAVPILS = LocalizedText.of("Daugavpils pilsētas dome", "Daugavpils City Council");

    /** TTChan as the demo data holds it: the aim in the summary, no coordinator. */
    static ProjectDetails ttchan() {
        List<PartnerSummary> partners = new ArrayList<>();
        partners.add(partner(1, DAUGAVPILS, "LV", PartnerRole.LEAD));
        long id = 2;
        for (String country : List.of("LT", "PL", "DE", "SE", "RS")) {
            partners.add(partner(id++, null, country, PartnerRole.PARTNER));
        }
        partners.add(partner(id, null, "IT", PartnerRole.GUEST));
        return project(
                "TTChan",
                LocalizedText.of(null, null),
                LocalDate.of(2018, 11, 8),
                LocalDate.of(2018, 11, 12),
                LocalizedText.of(
                        "Stiprināt pilsētu sadraudzību, izmantojot demokrātisku iesaistīšanos un pilsonisko līdzdalību,"
                                + " kuras pamatā ir dalība, izpratne, solidaritāte un starpkultūru sinerģija.",
                        "Strengthen town twinning through democratic engagement and civic participation, based on"
                                + " participation, understanding, solidarity and intercultural synergy."),
                LocalizedText.of(null, null),
                null,
                null,
                null,
                null,
                partners);
    }

    static ProjectDetails project(
            @Nullable String acronym,
            LocalizedText titles,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            LocalizedText summary,
            LocalizedText objectives,
            @Nullable String website,
            @Nullable String coordinator,
            @Nullable String email,
            @Nullable String phone,
            List<PartnerSummary> partners) {
        PartnerSummary lead = partners.stream()
                .filter(p -> p.role() == PartnerRole.LEAD)
                .findFirst()
                .orElse(null);
        ProjectSummary projectSummary = new ProjectSummary(
                41,
                acronym,
                titles,
                "E4C-2014-TT",
                null,
                ProjectStatus.RUNNING,
                start,
                end,
                null,
                null,
                null,
                website,
                lead == null ? null : new LeadSummary(lead.organisationId(), lead.organisationName(), lead.country()),
                (int) partners.stream().filter(p -> p.role().countsAsPartner()).count(),
                0,
                1);
        return new ProjectDetails(
                projectSummary,
                null,
                null,
                null,
                null,
                summary,
                objectives,
                List.of(),
                coordinator,
                email,
                phone,
                null,
                partners,
                Map.of(),
                List.of(),
                Instant.EPOCH,
                null);
    }

    static EventSummary meeting(
            LocalizedText titles,
            EventType type,
            List<HostPlace> places,
            @Nullable String venue,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            LocalizedText agenda) {
        return new EventSummary(
                7, 41, titles, type, places, venue, start, end, "Europe/Riga", agenda, Map.of(), 0, 0, 1);
    }

    static EventSummary ttchanMeeting() {
        return meeting(
                LocalizedText.of("Starptautiskā tikšanās Daugavpilī", "International meeting in Daugavpils"),
                EventType.CITIZENS_MEETING,
                List.of(new HostPlace(460413L, "Daugavpils", "LV")),
                null,
                LocalDate.of(2018, 11, 8),
                LocalDate.of(2018, 11, 12),
                LocalizedText.of(
                        "Kultūra, pieredzes apmaiņa, gatavošanās Latvijas simtgadei, Daugavpils un Latgales apskates"
                                + " vietas.",
                        null));
    }

    @Test
    void writesTheTtchanProjectInLatvianAsTheOriginDocumentDoes() {
        NewsDraft draft = text("lv", IN_2026).project(ttchan(), TOWN_TWINNING, List.of(ttchanMeeting()));

        assertThat(draft.title()).isEqualTo("Daugavpils pilsētas dome uzsāk projekta TTChan īstenošanu");
        assertThat(draft.body()).isEqualTo("""
                        Daugavpils pilsētas dome, kā vadošais partneris, kopā ar projekta partneriem no Lietuvas, \
                        Polijas, Vācijas, Zviedrijas, Serbijas un Latvijas īsteno projektu TTChan Eiropas Savienības \
                        programmas „Eiropa pilsoņiem” (2014–2020) 2. atbalsta darbības „Demokrātiskā iesaistīšanās un \
                        pilsoniskā līdzdalība”, apakšpasākuma 2.1. „Pašvaldību sadraudzība” ietvaros. Projektā ir \
                        iesaistīti 6 partneri no 6 valstīm. Projektā piedalās arī viesi no Itālijas.

                        Projekta mērķis ir stiprināt pilsētu sadraudzību, izmantojot demokrātisku iesaistīšanos un \
                        pilsonisko līdzdalību, kuras pamatā ir dalība, izpratne, solidaritāte un starpkultūru \
                        sinerģija.

                        2018\\. gada 8.–12. novembrī notika iedzīvotāju tikšanās „Starptautiskā tikšanās Daugavpilī”. \
                        Norises vieta: Daugavpils (Latvija).

                        Īstenošanas termiņš: 08.11.2018.–12.11.2018.

                        **Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu**""");
    }

    @Test
    void writesTheTtchanProjectInEnglishSayingTheSame() {
        NewsDraft draft = text("en", IN_2026).project(ttchan(), TOWN_TWINNING, List.of(ttchanMeeting()));

        assertThat(draft.title()).isEqualTo("Daugavpils City Council starts the TTChan project");
        assertThat(draft.body()).isEqualTo("""
                        Daugavpils City Council, as lead partner, together with partners from Lithuania, Poland, \
                        Germany, Sweden, Serbia and Latvia, is carrying out the TTChan project under the Europe for \
                        Citizens (2014–2020) programme of the European Union (Strand 2: Democratic engagement and civic \
                        participation, measure 2.1 Town Twinning). The project involves 6 partners from 6 countries. \
                        Guests from Italy also take part in the project.

                        The project's aim: Strengthen town twinning through democratic engagement and civic \
                        participation, based on participation, understanding, solidarity and intercultural synergy.

                        The citizens' meeting “International meeting in Daugavpils” took place on 8–12 November 2018. \
                        Location: Daugavpils (Latvia).

                        Implementation period: 8–12 November 2018.

                        **With the support of the Europe for Citizens Programme of the European Union**""");
    }

    @Test
    void aMeetingStillToComeIsAnnouncedAndOneUnderWayIsReportedAsSuch() {
        Clock before = Clock.fixed(Instant.parse("2018-10-01T10:00:00Z"), ZoneOffset.UTC);
        Clock during = Clock.fixed(Instant.parse("2018-11-10T10:00:00Z"), ZoneOffset.UTC);

        assertThat(text("lv", before)
                        .project(ttchan(), TOWN_TWINNING, List.of(ttchanMeeting()))
                        .body())
                .contains(
                        "2018\\. gada 8.–12. novembrī notiks iedzīvotāju tikšanās „Starptautiskā tikšanās Daugavpilī”.");
        assertThat(text("en", before)
                        .project(ttchan(), TOWN_TWINNING, List.of(ttchanMeeting()))
                        .body())
                .contains("will take place on 8–12 November 2018.");
        assertThat(text("lv", during)
                        .project(ttchan(), TOWN_TWINNING, List.of(ttchanMeeting()))
                        .body())
                .contains("2018\\. gada 8.–12. novembrī notiek iedzīvotāju tikšanās");
        assertThat(text("en", during)
                        .project(ttchan(), TOWN_TWINNING, List.of(ttchanMeeting()))
                        .body())
                .contains("is taking place on 8–12 November 2018.");
    }

    @Test
    void writesTheDraftOfAnEventWithItsProjectAgendaAndContact() {
        ProjectDetails decode = project(
                "DeCoDe",
                LocalizedText.of(
                        "Depopulācija – reģionālo centru izaicinājums",
                        "Challenges of Regional Centres: Depopulation Control, Development – best practices"),
                LocalDate.of(2018, 3, 1),
                LocalDate.of(2020, 2, 1),
                LocalizedText.of(null, null),
                LocalizedText.of(
                        "Izveidot starptautisku, ilgtspējīgu tīklu starp Eiropas pilsētām",
                        "A lasting network of cities sharing experience on depopulation"),
                null,
                "J. Ūzuliņa",
                "jolanta.uzulina@example.org",
                "+371 65404344",
                List.of(
                        partner(1, DAUGAVPILS, "LV", PartnerRole.LEAD),
                        partner(2, null, "LT", PartnerRole.PARTNER),
                        partner(3, LocalizedText.of("Rumānijas pilsēta", null), "RO", PartnerRole.PARTNER)));
        EventSummary first = meeting(
                LocalizedText.of("Projekta pirmā tikšanās", "First project meeting"),
                EventType.PARTNER_MEETING,
                List.of(new HostPlace(460413L, "Daugavpils", "LV")),
                "Daugavpils Universitāte",
                LocalDate.of(2018, 5, 23),
                LocalDate.of(2018, 5, 24),
                LocalizedText.of("Depopulācija ES, Latvijas un Latgales kontekstā.", null));

        NewsDraft lv = text("lv", IN_2026).event(first, decode, TOWN_TWINNING);
        NewsDraft en = text("en", IN_2026).event(first, decode, TOWN_TWINNING);

        assertThat(lv.title()).isEqualTo("Projekta DeCoDe partneru tikšanās: Projekta pirmā tikšanās");
        assertThat(lv.body())
                .startsWith("2018\\. gada 23.–24. maijā notika projekta DeCoDe partneru tikšanās „Projekta pirmā"
                        + " tikšanās”. Norises vieta: Daugavpils Universitāte, Daugavpils (Latvija).\n\nDarba kārtība:"
                        + " Depopulācija ES, Latvijas un Latgales kontekstā.\n\n")
                .contains("kopā ar projekta partneriem no Lietuvas, Rumānijas un Latvijas īsteno projektu DeCoDe")
                .contains("Projekta pilns nosaukums ir „Depopulācija – reģionālo centru izaicinājums”.")
                .contains("Projektā ir iesaistīti 3 partneri no 3 valstīm.")
                .contains("Projekta partneri: Rumānijas pilsēta (Rumānija).")
                .contains("Projekta mērķis ir izveidot starptautisku, ilgtspējīgu tīklu starp Eiropas pilsētām.")
                .contains("Īstenošanas termiņš: 01.03.2018.–01.02.2020.")
                .contains("Informāciju sagatavoja projekta kontaktpersona J. Ūzuliņa, e-pasts"
                        + " jolanta.uzulina@example.org, tālrunis +371 65404344.")
                .endsWith("**Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu**");
        assertThat(en.title()).isEqualTo("Partner meeting of the DeCoDe project: First project meeting");
        assertThat(en.body())
                .startsWith("The partner meeting “First project meeting” of the DeCoDe project took place on 23–24 May"
                        + " 2018. Location: Daugavpils Universitāte, Daugavpils (Latvia).\n\nAgenda: Depopulācija ES,")
                .contains("together with partners from Lithuania, Romania and Latvia, is carrying out the DeCoDe")
                .contains("The project's full title is “Challenges of Regional Centres: Depopulation Control,"
                        + " Development – best practices”.")
                .contains("The partners: Rumānijas pilsēta (Romania).")
                .contains("The project's aim: A lasting network of cities sharing experience on depopulation.")
                .contains("Implementation period: 1 March 2018 – 1 February 2020.")
                .contains("Prepared by the project's contact person J. Ūzuliņa, e-mail jolanta.uzulina@example.org,"
                        + " phone +371 65404344.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lv", "en"})
    void aBareProjectGivesOnlyTheSentencesItsDataFills(String language) {
        ProjectDetails bare = project(
                null,
                LocalizedText.of("Tukšs projekts", "Bare project"),
                null,
                null,
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                null,
                null,
                null,
                null,
                List.of(partner(1, DAUGAVPILS, "LV", PartnerRole.LEAD)));
        EventSummary undated = meeting(
                LocalizedText.of("Tikšanās", "Meeting"),
                EventType.WORKSHOP,
                List.of(),
                null,
                null,
                null,
                LocalizedText.of(null, null));

        NewsDraft project = text(language, IN_2026).project(bare, null, List.of());
        NewsDraft event = text(language, IN_2026).event(undated, bare, null);

        for (NewsDraft draft : List.of(project, event)) {
            assertThat(draft.title() + "\n\n" + draft.body())
                    .doesNotContainIgnoringCase("null")
                    .doesNotContain("{", "}", "  ", " .", " ,", "()", "„”", "“”", ": .", "\n\n\n")
                    .doesNotContain("Īstenošanas", "Implementation", "Projektā ir", "involves", "viesi", "Guests")
                    .doesNotContain("mērķis", "aim", "kontaktpersona", "contact", "Norises", "Location");
            assertThat(draft.body()).doesNotStartWith("\n").doesNotEndWith("\n");
        }
        assertThat(project.body())
                .isEqualTo(
                        "lv".equals(language)
                                ? "Daugavpils pilsētas dome, kā vadošais partneris, īsteno projektu „Tukšs projekts”."
                                        + "\n\n**Līdzfinansē Eiropas Savienība**"
                                : "Daugavpils City Council, as lead partner, is carrying out the “Bare project”"
                                        + " project.\n\n**Co-funded by the European Union**");
        assertThat(event.body())
                .startsWith(
                        "lv".equals(language)
                                ? "Projektā „Tukšs projekts” plānota sanāksme: seminārs „Tikšanās”.\n\n"
                                : "The “Bare project” project plans the workshop “Meeting”.\n\n");
    }

    @Test
    void withoutALeadOrganisationThePartnersCarryTheSentence() {
        ProjectDetails unnamedLead = project(
                "ANON",
                LocalizedText.of(null, "Anonymous"),
                LocalDate.of(2021, 5, 1),
                null,
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                "https://example.org/anon",
                null,
                "info@example.org",
                null,
                List.of(
                        partner(1, null, "LV", PartnerRole.LEAD),
                        partner(2, null, "NL", PartnerRole.PARTNER),
                        partner(3, null, "GB", PartnerRole.PARTNER)));

        NewsDraft lv = text("lv", IN_2026).project(unnamedLead, CERV_TOWN_TWINNING, List.of());
        NewsDraft en = text("en", IN_2026).project(unnamedLead, CERV_TOWN_TWINNING, List.of());

        assertThat(lv.title()).isEqualTo("Uzsākta projekta ANON īstenošana");
        assertThat(lv.body())
                .startsWith("Projekta partneri no Nīderlandes, Apvienotās Karalistes un Latvijas īsteno projektu ANON"
                        + " Eiropas Savienības programmas „Pilsoņi, vienlīdzība, tiesības un vērtības” (CERV,"
                        + " 2021–2027) virziena „Pilsoņu iesaistīšanās un līdzdalība”, apakšpasākuma „Pilsētu"
                        + " sadraudzība” ietvaros.")
                .contains("Projekta pilns nosaukums ir „Anonymous”.")
                .contains("Īstenošanas termiņš: no 01.05.2021.\nProjekta".replace("\n", " "))
                .contains("Projekta tīmekļa vietne: https://example.org/anon")
                .contains("Kontaktinformācija: e-pasts info@example.org.")
                .endsWith("**Līdzfinansē Eiropas Savienība**");
        assertThat(en.title()).isEqualTo("The ANON project starts");
        assertThat(en.body())
                .startsWith("Partners from the Netherlands, the United Kingdom and Latvia are carrying out the ANON"
                        + " project under the Citizens, Equality, Rights and Values (CERV, 2021–2027) programme of the"
                        + " European Union (Citizens' engagement and participation, measure Town-Twinning).")
                .contains("Implementation period: from 1 May 2021.")
                .contains("Contact: e-mail info@example.org.")
                .endsWith("**Co-funded by the European Union**");
    }

    @Test
    void namedPartnersAndGuestsAreListedWithTheirCountries() {
        ProjectDetails project = project(
                "TTMeet",
                LocalizedText.of(null, null),
                null,
                LocalDate.of(2019, 1, 31),
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                null,
                "A. Person",
                null,
                null,
                List.of(
                        partner(1, DAUGAVPILS, "LV", PartnerRole.LEAD),
                        partner(2, LocalizedText.of(null, "Kaunas City Municipality"), "LT", PartnerRole.PARTNER),
                        partner(3, null, "LV", PartnerRole.ASSOCIATED),
                        partner(4, LocalizedText.of("Lodzas pilsēta", "City of Łódź"), "PL", PartnerRole.GUEST),
                        partner(5, null, "IT", PartnerRole.GUEST)));

        String lv =
                text("lv", IN_2026).project(project, TOWN_TWINNING, List.of()).body();
        String en =
                text("en", IN_2026).project(project, TOWN_TWINNING, List.of()).body();

        assertThat(lv)
                .contains("kopā ar projekta partneriem no Lietuvas un Latvijas")
                .contains("Projektā ir iesaistīti 3 partneri no 2 valstīm.")
                .contains("Projekta partneri: Kaunas City Municipality (Lietuva).")
                .contains("Projektā piedalās arī viesi no Polijas un Itālijas: Lodzas pilsēta.")
                .contains("Īstenošanas termiņš: līdz 31.01.2019.")
                .contains("Informāciju sagatavoja projekta kontaktpersona A. Person.");
        assertThat(en)
                .contains("together with partners from Lithuania and Latvia,")
                .contains("The project involves 3 partners from 2 countries.")
                .contains("The partners: Kaunas City Municipality (Lithuania).")
                .contains("Guests from Poland and Italy also take part in the project: City of Łódź.")
                .contains("Implementation period: until 31 January 2019.")
                .contains("Prepared by the project's contact person A. Person.");
    }

    @Test
    void countsAgreeInNumberAsLatvianWantsIt() {
        List<PartnerSummary> partners = new ArrayList<>();
        partners.add(partner(1, DAUGAVPILS, "LV", PartnerRole.LEAD));
        List<String> countries = List.of(
                "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LT", "LU",
                "MT", "NL", "PL");
        for (int i = 0; i < countries.size(); i++) {
            partners.add(partner(i + 2, null, countries.get(i), PartnerRole.PARTNER));
        }
        ProjectDetails twentyOne = project(
                "BIG",
                LocalizedText.of(null, null),
                null,
                null,
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                null,
                null,
                null,
                null,
                partners);

        assertThat(text("lv", IN_2026).project(twentyOne, null, List.of()).body())
                .contains("Projektā ir iesaistīts 21 partneris no 21 valsts.");
        assertThat(text("en", IN_2026).project(twentyOne, null, List.of()).body())
                .contains("The project involves 21 partners from 21 countries.");
    }

    @Test
    void valuesFromTheDataCannotStartMarkdown() {
        ProjectDetails project = project(
                "A*B",
                LocalizedText.of(null, null),
                null,
                null,
                LocalizedText.of(null, null),
                LocalizedText.of("Stiprināt _visu_ <script>alert(1)</script> [saite](javascript:x)", null),
                null,
                null,
                null,
                null,
                List.of(partner(1, LocalizedText.of("**Dome**", null), "LV", PartnerRole.LEAD)));

        NewsDraft draft = text("lv", IN_2026).project(project, null, List.of());

        assertThat(draft.title()).isEqualTo("**Dome** uzsāk projekta A*B īstenošanu");
        assertThat(draft.body())
                .startsWith("\\*\\*Dome\\*\\*, kā vadošais partneris, īsteno projektu A\\*B.")
                .contains("Projekta mērķis ir stiprināt \\_visu\\_ &lt;script&gt;alert(1)&lt;/script&gt;"
                        + " \\[saite\\](javascript:x).")
                .doesNotContain("<script>");
    }

    @Test
    void aTitleFitsAnArticlesTitle() {
        ProjectDetails project = project(
                "LONG",
                LocalizedText.of(null, null),
                null,
                null,
                LocalizedText.of(null, null),
                LocalizedText.of(null, null),
                null,
                null,
                null,
                null,
                List.of(partner(1, LocalizedText.of("Dome ".repeat(100), null), "LV", PartnerRole.LEAD)));

        String title = text("lv", IN_2026).project(project, null, List.of()).title();

        assertThat(title)
                .hasSize(NewsDraftText.MAX_TITLE)
                .startsWith("Dome Dome")
                .endsWith("…");
    }
}
