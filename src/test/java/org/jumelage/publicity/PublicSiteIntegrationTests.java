package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.NewContact;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.RegistrationSettingsDraft;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.shared.Languages;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.NodeList;

/**
 * The public site through HTTP, as a reader without an account sees it: each page in Latvian and
 * English with the language from the address, content in the reader's language with a marked
 * fallback, the EU emblem and the programme's funding statement, canonical and alternate addresses
 * and Open Graph, HTTP caching with 304 answers, no session, and a 404 for everything unpublished.
 */
@JumelageIntegrationTest
class PublicSiteIntegrationTests {

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
    RegistrationSettingsManagement registration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicContent content;

    @Autowired
    Clock clock;

    @Value("${jumelage.public-url}")
    String publicUrl;

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    PublicSiteFixture site;

    @BeforeEach
    void setUp() {
        site = new PublicSiteFixture(organisations, accounts, projects, events, publications, jdbc, clock);
    }

    MvcResult page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
    }

    Document html(String path) throws Exception {
        MvcResult result = page(path);
        assertNoSession(result);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static void assertNoSession(MvcResult result) {
        assertThat(result.getRequest().getSession(false)).as("no HTTP session").isNull();
        assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .as("no cookie")
                .isEmpty();
    }

    // --- pages in both languages ---------------------------------------------------------------------

    @Test
    void theProjectPageShowsThePublicFactsInEnglishAndLatvian() throws Exception {
        Document en = html("/en/projects/" + site.projectId);

        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Town twinning for change");
        assertThat(en.getElementById("project-programme").text()).contains("Europe for Citizens");
        assertThat(en.getElementById("project-measure").text()).contains("Town Twinning");
        assertThat(en.getElementById("project-lead").text()).contains("Daugavpils pilsētas dome", "(Latvia)");
        assertThat(en.getElementById("project-period").text()).isEqualTo("8 Nov 2018 – 12 Nov 2018");
        assertThat(en.getElementById("project-total-cost").text()).isEqualTo("25,000.00 EUR");
        assertThat(en.getElementById("project-eu-grant").text()).isEqualTo("22,000.00 EUR");
        assertThat(en.getElementById("project-funding-rate").text()).isEqualTo("88 %");
        assertThat(countries(en)).containsExactly("Latvia", "Lithuania", "Poland");
        assertThat(en.getElementById("partners-table").text()).contains("Kauno savivaldybė", "Partner", "Guest");
        assertThat(en.getElementById("event-list").text())
                .contains("Meeting in Daugavpils", PublicSiteFixture.UPCOMING_TITLE_LV)
                .doesNotContain("Hidden meeting");
        assertThat(en.getElementById("outcome-list").text()).contains("A joint youth exchange plan");
        assertThat(en.getElementById("funding-statement").text())
                .isEqualTo("With the support of the Europe for Citizens Programme of the European Union");
        assertThat(en.selectFirst("#eu-funding svg").attr("aria-label")).isEqualTo("EU emblem");
        assertThat(en.outerHtml())
                .as("no personal data of the coordinator")
                .doesNotContain("anna.berzina", "Anna Bērziņa", "+371 20000000");

        Document lv = html("/lv/projects/" + site.projectId);

        assertThat(lv.selectFirst("html").attr("lang")).isEqualTo("lv");
        assertThat(lv.selectFirst("h1").text()).isEqualTo("Pilsētu sadraudzība pārmaiņām");
        assertThat(countries(lv)).containsExactly("Latvija", "Lietuva", "Polija");
        assertThat(lv.getElementById("funding-statement").text())
                .isEqualTo("Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu");
        assertThat(lv.selectFirst("#eu-funding svg").attr("aria-label")).isEqualTo("ES karogs");
        assertThat(lv.getElementById("project-period").text()).isEqualTo("08.11.2018 – 12.11.2018");
    }

    static List<String> countries(Document page) {
        return page.select("#partners-table tbody th").eachText();
    }

    @Test
    void aTextMissingInTheReadersLanguageIsShownInTheOtherWithAVisibleNote() throws Exception {
        Document en = html("/en/projects/" + site.projectId);

        Element summary = en.selectFirst("#project-summary p[lang]");
        assertThat(summary.text()).isEqualTo(PublicSiteFixture.SUMMARY_LV);
        assertThat(summary.attr("lang")).isEqualTo("lv");
        assertThat(en.select("#project-summary .fallback-note").text())
                .isEqualTo("Not available in English; shown in Latvian.");
        assertThat(en.select("#project-objectives .fallback-note")).isEmpty();
        assertThat(en.selectFirst("#project-objectives p[lang]").attr("lang")).isEqualTo("en");

        Document lv = html("/lv/projects/" + site.projectId);
        assertThat(lv.select(".fallback-note")).isEmpty();

        Document event = html("/en/events/" + site.upcomingEventId);
        assertThat(event.selectFirst("h1").attr("lang")).isEqualTo("lv");
        assertThat(event.selectFirst("h1").text()).isEqualTo(PublicSiteFixture.UPCOMING_TITLE_LV);
        assertThat(event.select(".fallback-note")).hasSize(2);
        assertThat(event.getElementById("event-agenda").attr("lang")).isEqualTo("lv");
    }

    @Test
    void theEventPageShowsItsFactsAndTheFundingStatementAndLinksToRegistrationOnlyWhileItIsOpen() throws Exception {
        Document en = html("/en/events/" + site.upcomingEventId);

        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.getElementById("event-places").text()).isEqualTo("Kaunas (Lithuania)");
        assertThat(en.getElementById("event-venue").text()).isEqualTo("Kauņas rātsnams");
        assertThat(en.getElementById("event-type").text()).isEqualTo("Partner meeting");
        assertThat(en.getElementById("event-project").attr("href")).isEqualTo("/en/projects/" + site.projectId);
        assertThat(en.getElementById("funding-statement").text()).startsWith("With the support of");
        assertThat(en.getElementById("event-register")).isNull();

        var settings = registration.settings(site.meeting.coordinator, site.upcomingEventId);
        RegistrationSettingsDraft current = RegistrationSettingsDraft.of(settings);
        registration.update(
                site.meeting.coordinator,
                site.upcomingEventId,
                new RegistrationSettingsDraft(
                        true,
                        null,
                        null,
                        null,
                        true,
                        current.workingLanguages(),
                        current.questions(),
                        current.consentText()));
        String token =
                registration.openPublicRegistrationToken(site.upcomingEventId).orElseThrow();

        Document lv = html("/lv/events/" + site.upcomingEventId);
        assertThat(lv.getElementById("event-register").attr("href")).isEqualTo("/register/" + token + "?lang=lv");
        assertThat(lv.getElementById("event-places").text()).isEqualTo("Kaunas (Lietuva)");
        assertThat(lv.getElementById("funding-statement").text()).startsWith("Ar Eiropas Savienības");
    }

    @Test
    void theOrganisationPageShowsNoContactsAndItsPublicProjects() throws Exception {
        organisations.addContact(
                site.leadOrganisationId, new NewContact("Jānis Kalniņš", "janis.kalnins@example.org", null, "Mayor"));

        Document en = html("/en/organisations/" + site.leadOrganisationId);

        assertThat(en.selectFirst("h1").text()).startsWith("Daugavpils pilsētas dome");
        assertThat(en.getElementById("organisation-type").text()).isEqualTo("Municipality");
        assertThat(en.getElementById("organisation-country").text()).isEqualTo("Latvia");
        assertThat(en.getElementById("organisation-town").text()).isEqualTo("Daugavpils");
        assertThat(en.getElementById("project-list").text()).contains("Town twinning for change");
        assertThat(en.outerHtml()).doesNotContain("Jānis Kalniņš", "janis.kalnins");

        Document lv = html("/lv/organisations/" + site.leadOrganisationId);
        assertThat(lv.getElementById("organisation-type").text()).isEqualTo("Pašvaldība");
        assertThat(lv.getElementById("organisation-country").text()).isEqualTo("Latvija");

        publications.publishProject(site.meeting.coordinator, site.projectId, false);
        notFound("/en/organisations/" + site.leadOrganisationId);
    }

    @Test
    void theComingEventsArePublicOnlySoonestFirstAndAtMostTheLimit() {
        LocalDate today = LocalDate.now(clock);
        List<Long> fixture = List.of(site.pastEventId, site.upcomingEventId, site.hiddenEventId);
        assertThat(comingOf(fixture, content.upcomingEvents(today, 1000))).containsExactly(site.upcomingEventId);

        publications.publishEvent(site.meeting.coordinator, site.hiddenEventId, true);
        assertThat(comingOf(fixture, content.upcomingEvents(today, 1000)))
                .containsExactly(site.upcomingEventId, site.hiddenEventId);
        assertThat(content.upcomingEvents(today, 1)).hasSize(1);

        publications.publishProject(site.meeting.coordinator, site.projectId, false);
        assertThat(comingOf(fixture, content.upcomingEvents(today, 1000))).isEmpty();
    }

    private static List<Long> comingOf(List<Long> fixture, List<org.jumelage.event.EventSummary> coming) {
        return coming.stream()
                .map(org.jumelage.event.EventSummary::id)
                .filter(fixture::contains)
                .toList();
    }

    @Test
    void theHomePageListsPublishedProjectsAndComingEventsOnly() throws Exception {
        Document en = html("/en");

        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.getElementById("project-list").text()).contains("Town twinning for change");
        assertThat(en.getElementById("event-list").text())
                .contains(PublicSiteFixture.UPCOMING_TITLE_LV)
                .doesNotContain("Meeting in Daugavpils", "Hidden meeting");
        assertThat(en.selectFirst("#event-list a[lang=lv]")).isNotNull();

        Document lv = html("/lv");
        assertThat(lv.selectFirst("html").attr("lang")).isEqualTo("lv");
        assertThat(lv.getElementById("project-list").text()).contains("Pilsētu sadraudzība pārmaiņām");

        publications.publishProject(site.meeting.coordinator, site.projectId, false);
        assertThat(html("/en").select("#project-list a[href=/en/projects/" + site.projectId + "]"))
                .isEmpty();
    }

    @Test
    void theHomeShowsTheLatestProjectsOnlyAndLinksToThePagedProjectList() throws Exception {
        publications.publishProject(site.meeting.coordinator, site.projectId, false);
        publications.publishProject(site.meeting.coordinator, site.projectId, true);

        Document home = html("/en");
        assertThat(home.select("#project-list > li")).hasSizeLessThanOrEqualTo(12);
        assertThat(home.selectFirst("#project-list > li a").attr("href"))
                .as("the most recently published first")
                .isEqualTo("/en/projects/" + site.projectId);
        assertThat(home.getElementById("home-all-projects").attr("href")).isEqualTo("/en/projects");
        assertThat(home.getElementById("public-nav-projects").attr("href")).isEqualTo("/en/projects");

        Document list = html("/en/projects");
        assertThat(list.selectFirst("h1").text()).isEqualTo("Projects");
        assertThat(list.select("#project-list > li")).hasSizeLessThanOrEqualTo(24);
        assertThat(list.selectFirst("#project-list > li a").attr("href")).isEqualTo("/en/projects/" + site.projectId);
        assertThat(list.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(publicUrl + "/en/projects");
        assertThat(list.select("link[rel=alternate][hreflang]")).hasSize(Languages.ALL.size() + 1);
        assertThat(list.getElementById("public-nav-projects").attr("aria-current"))
                .isEqualTo("page");
        assertThat(html("/lv/projects").selectFirst("h1").text()).isEqualTo("Projekti");
    }

    Document search(String lang, String query) throws Exception {
        MvcResult result = mvc.perform(get("/" + lang + "/projects").param("q", query))
                .andExpect(status().isOk())
                .andReturn();
        assertNoSession(result);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theProjectListFindsByTitleAndByOrganisationAndHidesWhatIsNotPublic() throws Exception {
        Document found = search("en", "TWINNING for CHANGE");
        assertThat(found.getElementById("project-list").text()).contains("Town twinning for change");
        assertThat(search("en", site.acronym).select("#project-list a"))
                .extracting(link -> link.attr("href"))
                .containsExactly("/en/projects/" + site.projectId);
        assertThat(found.getElementById("project-query").attr("value")).isEqualTo("TWINNING for CHANGE");
        assertThat(found.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(publicUrl + "/en/projects?q=TWINNING%20for%20CHANGE");
        assertThat(search("lv", "pilsetu sadraudziba parmainam").getElementById("project-list"))
                .as("accents ignored")
                .isNotNull();

        Document none = search("en", "no-such-project-title-at-all");
        assertThat(none.getElementById("project-list")).isNull();
        assertThat(none.getElementById("no-projects").text()).isEqualTo("No project matches.");

        Document ofLead = html("/en/projects?organisation=" + site.leadOrganisationId);
        assertThat(ofLead.selectFirst("h1").text()).startsWith("Projects: ");
        assertThat(ofLead.getElementById("project-list").text()).contains("Town twinning for change");

        publications.publishProject(site.meeting.coordinator, site.projectId, false);

        assertThat(search("en", "twinning for change").select("a[href=/en/projects/" + site.projectId + "]"))
                .isEmpty();
        notFound("/en/projects?organisation=" + site.leadOrganisationId);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/projects?page=0",
                "/en/projects?page=abc",
                "/en/projects?page=999999",
                "/en/projects?organisation=abc",
                "/en/projects?organisation=999999999",
                "/lv/projects?organisation=-1"
            })
    void aProjectListPageThatCannotExistIsThePublic404(String path) throws Exception {
        notFound(path);
        notFound("/en/projects?q=" + "x".repeat(101));
    }

    // --- what is not public ----------------------------------------------------------------------------

    void notFound(String path) throws Exception {
        MvcResult result =
                mvc.perform(get(path)).andExpect(status().isNotFound()).andReturn();
        assertNoSession(result);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        String lang = path.substring(1, 3);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(page.selectFirst("h1").text()).isEqualTo(lang.equals("lv") ? "Lapa nav atrasta" : "Page not found");
        assertThat(page.getElementById("public-nav")).as("the public layout").isNotNull();
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.outerHtml()).doesNotContain("Town twinning for change", "Pilsētu sadraudzība");
    }

    @Test
    void unpublishedDeletedOrUnknownThingsAnswerTheTranslatedPublic404() throws Exception {
        notFound("/en/events/" + site.hiddenEventId);
        notFound("/lv/events/" + site.hiddenEventId);
        notFound("/en/projects/999999999");
        notFound("/en/projects/99999999999999999999999");
        notFound("/lv/organisations/999999999");
        notFound("/en/no-such-page");
        notFound("/lv/projects/abc");

        publications.publishProject(site.meeting.coordinator, site.projectId, false);

        notFound("/en/projects/" + site.projectId);
        notFound("/lv/projects/" + site.projectId);
        notFound("/en/events/" + site.upcomingEventId);
        notFound("/lv/events/" + site.pastEventId);

        publications.publishProject(site.meeting.coordinator, site.projectId, true);
        page("/en/projects/" + site.projectId);
        projects.delete(site.meeting.coordinator, site.projectId);
        notFound("/en/projects/" + site.projectId);
        notFound("/en/events/" + site.upcomingEventId);
    }

    @Test
    void anotherProgrammesProjectCarriesItsOwnFundingStatement() throws Exception {
        long cerv = projects.create(
                        site.meeting.coordinator,
                        ProjectDraft.builder()
                                .acronym("CERVPub")
                                .titles(LocalizedText.of("Pilsētas kopā", "Towns together"))
                                .measure("CERV-TT")
                                .status(ProjectStatus.RUNNING)
                                .startDate(LocalDate.of(2023, 3, 1))
                                .endDate(LocalDate.of(2024, 2, 29))
                                .totalCost(new BigDecimal("30000.00"))
                                .leadOrganisationId(site.leadOrganisationId)
                                .build())
                .id();
        publications.publishProject(site.meeting.coordinator, cerv, true);

        Document en = html("/en/projects/" + cerv);
        assertThat(en.getElementById("funding-statement").text()).isEqualTo("Co-funded by the European Union");
        assertThat(en.getElementById("project-programme").text()).contains("Citizens, Equality, Rights and Values");
        assertThat(en.getElementById("project-eu-grant"))
                .as("an unknown grant is not shown")
                .isNull();
        Document lv = html("/lv/projects/" + cerv);
        assertThat(lv.getElementById("funding-statement").text()).isEqualTo("Līdzfinansē Eiropas Savienība");
    }

    // --- addresses, search engines and social media ------------------------------------------------

    @Test
    void everyPageNamesItsCanonicalAddressItsAlternatesAndOpenGraph() throws Exception {
        for (String path : List.of(
                "",
                "/projects/" + site.projectId,
                "/events/" + site.upcomingEventId,
                "/organisations/" + site.leadOrganisationId)) {
            for (String lang : List.of("lv", "en")) {
                Document page = html("/" + lang + path);
                String canonical = publicUrl + "/" + lang + path;
                assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
                assertThat(page.selectFirst("link[rel=alternate][hreflang=lv]").attr("href"))
                        .isEqualTo(publicUrl + "/lv" + path);
                assertThat(page.selectFirst("link[rel=alternate][hreflang=en]").attr("href"))
                        .isEqualTo(publicUrl + "/en" + path);
                assertThat(page.selectFirst("link[rel=alternate][hreflang=x-default]")
                                .attr("href"))
                        .isEqualTo(publicUrl + "/en" + path);
                assertThat(meta(page, "og:url")).isEqualTo(canonical);
                assertThat(page.selectFirst("link[rel=alternate][type=application/rss+xml]")
                                .attr("href"))
                        .as("feed autodiscovery")
                        .isEqualTo("/feeds/news.rss?lang=" + lang);
                assertThat(page.selectFirst("link[rel=alternate][type=text/calendar]")
                                .attr("href"))
                        .isEqualTo("/feeds/events.ics?lang=" + lang);
                assertThat(meta(page, "og:title")).isNotBlank();
                assertThat(meta(page, "og:type")).isEqualTo("website");
                assertThat(meta(page, "og:locale")).isEqualTo(lang.equals("lv") ? "lv_LV" : "en_GB");
                assertThat(page.select("meta[property=og:locale:alternate]").eachAttr("content"))
                        .hasSize(Languages.ALL.size() - 1)
                        .contains(lang.equals("lv") ? "en_GB" : "lv_LV", "pl_PL", "sr_RS");
                assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                        .containsAll(Languages.ALL)
                        .contains("x-default");
                assertThat(page.selectFirst("#public-lang-" + (lang.equals("lv") ? "en" : "lv"))
                                .attr("href"))
                        .as("the language switch leads to the same page")
                        .isEqualTo("/" + (lang.equals("lv") ? "en" : "lv") + path);
            }
        }
        assertThat(meta(html("/en/projects/" + site.projectId), "og:description"))
                .isEqualTo(PublicSiteFixture.SUMMARY_LV);
    }

    static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        assertThat(meta).as(property).isNotNull();
        return meta.attr("content");
    }

    @Test
    void theLanguageComesFromTheAddressAndNoLanguageCookieIsSet() throws Exception {
        MvcResult result = mvc.perform(get("/en/projects/" + site.projectId)
                        .param("lang", "lv")
                        .cookie(new jakarta.servlet.http.Cookie("JUMELAGE_LANG", "lv"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "lv"))
                .andExpect(status().isOk())
                .andReturn();
        assertNoSession(result);
        assertThat(Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("en");
    }

    // --- HTTP caching -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en",
                "/lv/projects/%d",
                "/en/events/%d",
                "/lv/organisations/%d",
                "/en/projects",
                "/sitemap.xml",
                "/sitemaps/lists.xml",
                "/sitemaps/projects-1.xml"
            })
    void publicPagesAnswer304WhileTheyHaveNotChanged(String pattern) throws Exception {
        String path = pattern.contains("projects")
                ? pattern.formatted(site.projectId)
                : pattern.contains("events")
                        ? pattern.formatted(site.upcomingEventId)
                        : pattern.contains("organisations") ? pattern.formatted(site.leadOrganisationId) : pattern;
        MvcResult first = page(path);
        assertNoSession(first);
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(lastModified).isNotBlank();
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                .isEqualTo("max-age=60, must-revalidate, public");
        assertThat(page(path).getResponse().getHeader(HttpHeaders.ETAG))
                .as("the same page has the same tag")
                .isEqualTo(etag);

        MvcResult byTag = mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.ETAG, etag))
                .andReturn();
        assertThat(byTag.getResponse().getContentAsByteArray()).isEmpty();
        assertNoSession(byTag);
        mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                .andExpect(status().isNotModified());
        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, "\"something-else\""))
                .andExpect(status().isOk());
    }

    @Test
    void aChangeToThePageGivesANewTagAndALaterLastModified() throws Exception {
        String path = "/en/projects/" + site.projectId;
        MvcResult before = page(path);
        String etag = before.getResponse().getHeader(HttpHeaders.ETAG);
        long lastModified = before.getResponse().getDateHeader(HttpHeaders.LAST_MODIFIED);
        ((org.jumelage.support.MutableClock) clock).advance(java.time.Duration.ofSeconds(2));

        publications.publishEvent(site.meeting.coordinator, site.upcomingEventId, false);

        MvcResult after = mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        assertThat(after.getResponse().getDateHeader(HttpHeaders.LAST_MODIFIED)).isGreaterThan(lastModified);
        assertThat(after.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(PublicSiteFixture.UPCOMING_TITLE_LV);
    }

    // --- sitemap and robots ---------------------------------------------------------------------------

    org.w3c.dom.Document xml(MvcResult result) throws Exception {
        assertNoSession(result);
        assertThat(result.getResponse().getContentType()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    @Test
    void theSitemapIsAnIndexOfFilesListingEveryPublicPageInEveryLanguageAndNothingUnpublished() throws Exception {
        org.w3c.dom.Document index = xml(page("/sitemap.xml"));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP_NS);
        List<String> files = texts(index.getElementsByTagNameNS(SITEMAP_NS, "loc"));
        assertThat(files)
                .contains(publicUrl + "/sitemaps/lists.xml", publicUrl + "/sitemaps/projects-1.xml")
                .allMatch(file -> file.matches(java.util.regex.Pattern.quote(publicUrl)
                        + "/sitemaps/(lists|(projects|events|organisations|news|notices)-[1-9]\\d*)\\.xml"));

        List<String> locations = new ArrayList<>();
        for (String file : files) {
            org.w3c.dom.Document part = xml(page(file.substring(publicUrl.length())));
            assertThat(part.getDocumentElement().getLocalName()).isEqualTo("urlset");
            NodeList urls = part.getElementsByTagNameNS(SITEMAP_NS, "url");
            assertThat(urls.getLength())
                    .as("sitemaps.org: at most 50,000 addresses a file")
                    .isLessThanOrEqualTo(50_000);
            assertThat(part.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")
                            .getLength())
                    .as("the alternates are in each page's head")
                    .isZero();
            locations.addAll(texts(part.getElementsByTagNameNS(SITEMAP_NS, "loc")));
            if (file.endsWith("/projects-1.xml")) {
                assertThat(entry(part, publicUrl + "/en/projects/" + site.projectId))
                        .matches(".*lastmod=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ.*");
            }
        }
        for (String lang : Languages.ALL) {
            assertThat(locations)
                    .contains(
                            publicUrl + "/" + lang,
                            publicUrl + "/" + lang + "/projects",
                            publicUrl + "/" + lang + "/news",
                            publicUrl + "/" + lang + "/projects/" + site.projectId,
                            publicUrl + "/" + lang + "/events/" + site.pastEventId,
                            publicUrl + "/" + lang + "/events/" + site.upcomingEventId,
                            publicUrl + "/" + lang + "/organisations/" + site.leadOrganisationId)
                    .doesNotContain(publicUrl + "/" + lang + "/events/" + site.hiddenEventId);
        }
        assertThat(locations).doesNotHaveDuplicates();

        publications.publishProject(site.meeting.coordinator, site.projectId, false);

        String after = SiteMapFiles.all(mvc);
        assertThat(after)
                .doesNotContain("/projects/" + site.projectId + "<")
                .doesNotContain("/events/" + site.upcomingEventId + "<")
                .doesNotContain("/events/" + site.pastEventId + "<");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/sitemaps/projects-0.xml",
                "/sitemaps/projects-999999.xml",
                "/sitemaps/towns-1.xml",
                "/sitemaps/projects.xml"
            })
    void aSitemapFileThatDoesNotExistIsNotFound(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    static String entry(org.w3c.dom.Document xml, String location) {
        NodeList urls = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            if (url.getElementsByTagNameNS("*", "loc").item(0).getTextContent().equals(location)) {
                return "lastmod="
                        + url.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent();
            }
        }
        throw new AssertionError("no entry for " + location);
    }

    @Test
    void robotsAllowThePublicSiteAndNameTheSitemap() throws Exception {
        MvcResult result = page("/robots.txt");
        assertNoSession(result);
        String robots = result.getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(robots)
                .contains(
                        "User-agent: *",
                        "Allow: /lv",
                        "Allow: /en",
                        "Allow: /sr-Latn",
                        "Disallow: /api/",
                        "Disallow: /projects")
                .contains("Disallow: /admin/", "Disallow: /registration/")
                .contains("Sitemap: " + publicUrl + "/sitemap.xml");
        assertThat(robots).doesNotContain("Disallow: /lv", "Disallow: /en");
    }
}
