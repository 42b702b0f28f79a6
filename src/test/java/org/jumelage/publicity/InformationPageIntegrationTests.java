package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.AttendanceSource;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public information page of an event that has taken place, as a reader without an account and
 * the reporting module see it: place, dates, participants per country without names (fewer than 5
 * shown as such, one more figure withheld when only one is small), activities per day from the
 * agenda, the EU emblem and the funding statement, in Latvian and English; as PDF; linked from the
 * project's and the event's public pages and the sitemap; a 404 for events not over or not public.
 */
@JumelageIntegrationTest
class InformationPageIntegrationTests {

    static final String AGENDA_EN = """
            Welcome by the mayor of Daugavpils.
            Day 1: Arrival of the delegations
            Workshop on depopulation
            9 November
            Visit to the Daugavpils fortress
            Day 3 – Departure""";

    static final String AGENDA_LV = """
            1. diena: Delegāciju ierašanās
            Darbnīca par depopulāciju
            9. novembrī: Daugavpils cietokšņa apmeklējums""";

    /** Surnames that must never reach a public page or its PDF. */
    static final String SECRET = "Brzęczyszczykiewicz";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    Publications publications;

    @Autowired
    InformationPages information;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Value("${jumelage.public-url}")
    String publicUrl;

    PublicSiteFixture site;
    List<String> names = new ArrayList<>();

    @BeforeEach
    void setUp() {
        site = new PublicSiteFixture(organisations, accounts, projects, events, publications, jdbc, clock);
        jdbc.sql("update event set agenda_en = :en, agenda_lv = :lv where id = :id")
                .param("en", AGENDA_EN)
                .param("lv", AGENDA_LV)
                .param("id", site.pastEventId)
                .update();
        // 7 from Latvia, 6 from Lithuania (and one who did not come), 2 from Poland: 15 participants
        people(site.meeting.leadDelegation, "Ilze", "LV", 7, true);
        people(site.meeting.kaunasDelegation, "Rūta", "LT", 6, true);
        people(site.meeting.kaunasDelegation, "Jonas", "LT", 1, false);
        people(site.meeting.guestDelegation, "Zbigniew", "PL", 2, true);
    }

    void people(long delegation, String first, String country, int count, boolean present) {
        for (int i = 0; i < count; i++) {
            String last = SECRET + country + names.size();
            names.add(last);
            long id = site.meeting.person(delegation, first, last, country);
            if (present) {
                site.meeting.rows.present(
                        id,
                        i % 2 == 0 ? LocalDate.of(2018, 11, 8) : LocalDate.of(2018, 11, 9),
                        AttendanceSource.CHECK_IN);
            }
        }
    }

    Document html(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as("no names on a public page").doesNotContain(SECRET, "Ilze", "Rūta", "Zbigniew");
        return Jsoup.parse(body);
    }

    Map<String, String> counts(Document page) {
        Map<String, String> counts = new java.util.LinkedHashMap<>();
        for (Element row : page.select("#information-countries tbody tr")) {
            counts.put(row.selectFirst("th").text(), row.selectFirst("td").text());
        }
        return counts;
    }

    @Test
    void theEnglishPageShowsPlaceDatesCountsByCountryAndActivitiesPerDay() throws Exception {
        String path = "/en/events/" + site.pastEventId + "/information";
        Document en = html(path);

        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.getElementById("information-title").text()).isEqualTo("Meeting in Daugavpils");
        assertThat(en.getElementById("information-dates").text()).isEqualTo("8 Nov 2018 – 10 Nov 2018");
        assertThat(en.getElementById("information-places").text()).isEqualTo("Daugavpils (Latvia)");
        assertThat(en.getElementById("funding-statement").text())
                .isEqualTo("With the support of the Europe for Citizens Programme of the European Union");
        assertThat(en.selectFirst("#eu-funding svg.eu-emblem")).isNotNull();
        assertThat(counts(en))
                .containsExactly(
                        Map.entry("Latvia", "7"),
                        Map.entry("Lithuania", "not shown"),
                        Map.entry("Poland", "fewer than 5"));
        assertThat(en.getElementById("information-total").text()).isEqualTo("15");
        assertThat(en.getElementById("information-summary").text()).isEqualTo("15 participants from 3 countries");
        assertThat(en.getElementById("information-withheld-note")).isNotNull();

        Element activities = en.getElementById("information-activities");
        assertThat(activities.select("h3").eachText())
                .containsExactly("Day 1: 8 Nov 2018", "Day 2: 9 Nov 2018", "Day 3: 10 Nov 2018");
        assertThat(activities.select("li").eachText())
                .containsExactly(
                        "Arrival of the delegations",
                        "Workshop on depopulation",
                        "Visit to the Daugavpils fortress",
                        "Departure");
        assertThat(activities.text()).contains("Welcome by the mayor of Daugavpils.");

        assertThat(en.getElementById("information-address").text())
                .isEqualTo(publicUrl + "/en/events/" + site.pastEventId + "/information");
        assertThat(en.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(publicUrl + path);
        assertThat(en.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .contains("lv", "en", "x-default");
        assertThat(en.selectFirst("link[rel=alternate][hreflang=lv]").attr("href"))
                .isEqualTo(publicUrl + "/lv/events/" + site.pastEventId + "/information");
        assertThat(en.getElementById("information-pdf").attr("href")).isEqualTo(path + ".pdf");
    }

    @Test
    void theLatvianPageSaysTheSameInLatvian() throws Exception {
        Document lv = html("/lv/events/" + site.pastEventId + "/information");

        assertThat(lv.selectFirst("html").attr("lang")).isEqualTo("lv");
        assertThat(lv.getElementById("information-title").text()).isEqualTo("Tikšanās Daugavpilī");
        assertThat(lv.getElementById("funding-statement").text())
                .isEqualTo("Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu");
        assertThat(counts(lv)).containsEntry("Latvija", "7").containsEntry("Polija", "mazāk nekā 5");
        assertThat(lv.getElementById("information-summary").text()).isEqualTo("15 dalībnieku no 3 valstīm");
        Element activities = lv.getElementById("information-activities");
        assertThat(activities.select("h3").eachText())
                .hasSize(3)
                .first()
                .asString()
                .startsWith("1. diena");
        assertThat(activities.select("li").eachText())
                .containsExactly(
                        "Delegāciju ierašanās", "Darbnīca par depopulāciju", "Daugavpils cietokšņa apmeklējums");
    }

    @Test
    void everyFigureIsShownWhenNoGroupIsSmall() throws Exception {
        people(site.meeting.guestDelegation, "Zbigniew", "PL", 3, true);

        Document en = html("/en/events/" + site.pastEventId + "/information");

        assertThat(counts(en))
                .containsExactly(Map.entry("Latvia", "7"), Map.entry("Lithuania", "6"), Map.entry("Poland", "5"));
        assertThat(en.getElementById("information-withheld-note")).isNull();
        assertThat(en.getElementById("information-total").text()).isEqualTo("18");
    }

    @Test
    void anEventWithoutAttendanceSaysSoInsteadOfZeros() throws Exception {
        jdbc.sql("delete from event_attendance where registration_id in "
                        + "(select id from event_registration where event_id = :id)")
                .param("id", site.pastEventId)
                .update();
        jdbc.sql("update event_registration set days_present = 0 where event_id = :id")
                .param("id", site.pastEventId)
                .update();

        Document en = html("/en/events/" + site.pastEventId + "/information");

        assertThat(en.getElementById("information-no-attendance")).isNotNull();
        assertThat(en.getElementById("information-countries")).isNull();
    }

    @Test
    void eventsNotOverOrNotPublicHaveNoInformationPage() throws Exception {
        ZoneId riga = ZoneId.of("Europe/Riga");
        LocalDate today = LocalDate.now(clock.withZone(riga));
        long endsToday = event(today.minusDays(1), today);
        long endedYesterday = event(today.minusDays(2), today.minusDays(1));

        mvc.perform(get("/en/events/" + endsToday + "/information")).andExpect(status().isNotFound());
        html("/en/events/" + endedYesterday + "/information");
        for (String path : List.of(
                "/en/events/" + site.upcomingEventId + "/information",
                "/lv/events/" + site.hiddenEventId + "/information",
                "/en/events/999999999/information",
                "/en/events/" + site.upcomingEventId + "/information.pdf")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        assertThat(information.informationPage(site.upcomingEventId, Locale.ENGLISH))
                .isEmpty();
        assertThatThrownBy(() -> information.writePdf(site.hiddenEventId, Locale.ENGLISH, new ByteArrayOutputStream()))
                .isInstanceOf(PublicityException.class);

        publications.publishEvent(site.meeting.coordinator, site.pastEventId, false);
        mvc.perform(get("/en/events/" + site.pastEventId + "/information")).andExpect(status().isNotFound());
        publications.publishEvent(site.meeting.coordinator, site.pastEventId, true);
        publications.publishProject(site.meeting.coordinator, site.projectId, false);
        mvc.perform(get("/lv/events/" + site.pastEventId + "/information")).andExpect(status().isNotFound());
        assertThat(information.informationPage(site.pastEventId, Locale.ENGLISH))
                .isEmpty();
    }

    long event(LocalDate start, LocalDate end) {
        long id = events.create(
                        site.meeting.coordinator,
                        site.projectId,
                        new EventDraft(
                                LocalizedText.of("Tikšanās", "Meeting"),
                                EventType.PARTNER_MEETING,
                                List.of(new HostPlaceInput(RegistryFixtures.DAUGAVPILS, null, null)),
                                null,
                                start,
                                end,
                                "Europe/Riga",
                                LocalizedText.of(null, null),
                                Map.of()))
                .id();
        publications.publishEvent(site.meeting.coordinator, id, true);
        return id;
    }

    @Test
    void theFacadeGivesTheStableAddressAndTheProjectAndEventPagesAndTheSitemapLinkIt() throws Exception {
        InformationPage page = information
                .informationPage(site.pastEventId, Locale.forLanguageTag("lv"))
                .orElseThrow();
        assertThat(page.path()).isEqualTo("/lv/events/" + site.pastEventId + "/information");
        assertThat(page.url()).isEqualTo(publicUrl + page.path());
        assertThat(page.lastDay()).isEqualTo(LocalDate.of(2018, 11, 10));
        assertThat(information.informationPages(site.projectId, Locale.ENGLISH))
                .extracting(InformationPage::eventId)
                .containsExactly(site.pastEventId);

        Document project = html("/en/projects/" + site.projectId);
        assertThat(project.select("#information-list a").eachAttr("href"))
                .containsExactly("/en/events/" + site.pastEventId + "/information");
        Document event = html("/lv/events/" + site.pastEventId);
        assertThat(event.getElementById("event-information").attr("href"))
                .isEqualTo("/lv/events/" + site.pastEventId + "/information");
        assertThat(html("/en/events/" + site.upcomingEventId).getElementById("event-information"))
                .isNull();

        String sitemap = SiteMapFiles.all(mvc);
        assertThat(sitemap)
                .contains("<loc>" + publicUrl + "/lv/events/" + site.pastEventId + "/information</loc>")
                .contains("<loc>" + publicUrl + "/en/events/" + site.pastEventId + "/information</loc>")
                .doesNotContain("/events/" + site.upcomingEventId + "/information");
    }

    @Test
    void thePdfCarriesTheCountsTheActivitiesAndTheFundingStatementWithoutNames() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        information.writePdf(site.pastEventId, Locale.ENGLISH, out);
        String en = text(out.toByteArray());

        assertThat(en)
                .contains("With the support of the Europe for Citizens Programme of the European Union")
                .contains("Meeting in Daugavpils", "Daugavpils (Latvia)", "8 Nov 2018 – 10 Nov 2018")
                .contains("Latvia 7", "Lithuania not shown", "Poland fewer than 5", "Total 15")
                .contains("Day 2: 9 Nov 2018", "Visit to the Daugavpils fortress")
                .contains(publicUrl + "/en/events/" + site.pastEventId + "/information")
                .doesNotContain(SECRET, "Ilze", "Zbigniew");

        byte[] lv = mvc.perform(get("/lv/events/" + site.pastEventId + "/information.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString(
                                        "information-event-" + site.pastEventId + "-lv.pdf")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(lv))
                .contains("Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu")
                .contains("Latvija 7", "Polija mazāk nekā 5", "Tikšanās Daugavpilī")
                .doesNotContain(SECRET);
    }

    static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
