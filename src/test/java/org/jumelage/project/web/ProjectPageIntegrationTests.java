package org.jumelage.project.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import org.assertj.core.api.Assertions;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PortfolioFilter;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectSummary;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The project pages and forms: inline errors with 422, nothing stored on bad input, permissions, htmx. */
@JumelageIntegrationTest
class ProjectPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    org.jumelage.account.AuditTrail auditTrail;

    OrganisationSummary daugavpils;
    Cookie coordinator;
    SignedInUser coordinatorUser;

    @BeforeEach
    void setUp() throws Exception {
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        daugavpils = fixtures.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils pilsētas dome");
        String email = fixtures.member(daugavpils, Role.COORDINATOR);
        coordinator = SignIn.as(mvc, email, TestUsers.PASSWORD);
        coordinatorUser = accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
    }

    MockHttpServletRequestBuilder projectForm(String path, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("titleLv", "Depopulācija – reģionālo centru izaicinājums");
        fields.put("titleEn", "Challenges of Regional Centres");
        fields.put("acronym", "DeCoDe");
        fields.put("measure", "E4C-2014-NT");
        fields.put("status", "RUNNING");
        fields.put("leadOrganisationId", String.valueOf(daugavpils.id()));
        fields.put("startDate", "2018-03-01");
        fields.put("endDate", "2020-02-01");
        fields.put("version", "0");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).cookie(coordinator).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long portfolioSize() {
        return projects.portfolio(coordinatorUser, PortfolioFilter.none(), PageRequest.of(0, 1))
                .getTotalElements();
    }

    /**
     * The start of a portfolio (the desk's and the dashboards' projects) is the portfolio's page and
     * says whether another follows, for a coordinator, for an administrator (every project, not
     * counted) and for a person without an organisation (nothing).
     */
    @Test
    void theStartOfAPortfolioIsItsFirstPageAndSaysWhetherMoreFollow() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(projectForm("/projects")).andExpect(redirectedUrlPattern("/projects/*"));
        }
        SignedInUser administrator = accounts.signedInUser(accounts.findUserByEmail(TestUsers.ADMIN_EMAIL)
                        .orElseThrow()
                        .id())
                .orElseThrow();
        SignedInUser nobody = new SignedInUser(
                Long.MAX_VALUE, "nobody@example.org", "Nobody", "en", java.util.Set.of(Role.COORDINATOR), null);

        for (SignedInUser viewer : java.util.List.of(coordinatorUser, administrator, nobody)) {
            for (int size = 1; size <= 4; size++) {
                var page = projects.portfolio(viewer, PortfolioFilter.none(), PageRequest.of(0, size));
                var start = projects.portfolioStart(viewer, PortfolioFilter.none(), PageRequest.of(0, size));
                assertThat(start.getContent())
                        .as("%s, %d", viewer.email(), size)
                        .isEqualTo(page.getContent());
                assertThat(start.hasNext()).as("%s, %d", viewer.email(), size).isEqualTo(page.hasNext());
            }
        }
        assertThat(projects.portfolioStart(coordinatorUser, PortfolioFilter.none(), PageRequest.of(0, 2))
                        .hasNext())
                .isTrue();
        assertThat(projects.portfolioStart(coordinatorUser, PortfolioFilter.none(), PageRequest.of(0, 3))
                        .getContent())
                .hasSize(3);
        assertThat(projects.portfolioStart(nobody, PortfolioFilter.none(), PageRequest.of(0, 3))
                        .getContent())
                .isEmpty();
    }

    /**
     * The ids of the projects a person may change are those of their portfolio whose rights say so:
     * a coordinator's lead projects, not those their organisation is only a partner of; none for a
     * partner's contact or a person without an organisation.
     */
    @Test
    void theEditableIdsAreThePortfoliosProjectsThePersonMayChange() throws Exception {
        mvc.perform(projectForm("/projects")).andExpect(redirectedUrlPattern("/projects/*"));
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary kaunas = fixtures.municipality(RegistryFixtures.KAUNAS, "LT", "Kauno miesto savivaldybė");
        SignedInUser kaunasCoordinator = accounts.signedInUser(
                        accounts.findUserByEmail(fixtures.member(kaunas, Role.COORDINATOR))
                                .orElseThrow()
                                .id())
                .orElseThrow();
        long ledByKaunas = projects.create(
                        kaunasCoordinator,
                        org.jumelage.support.ProjectDrafts.townTwinning(
                                "KaunasTT",
                                org.jumelage.shared.LocalizedText.of("Kauņas projekts", "Kaunas project"),
                                java.time.LocalDate.of(2026, 1, 1),
                                java.time.LocalDate.of(2026, 12, 31),
                                kaunas.id()))
                .id();
        projects.addPartner(kaunasCoordinator, ledByKaunas, daugavpils.id(), null, PartnerRole.PARTNER);
        SignedInUser daugavpilsPartner = accounts.signedInUser(
                        accounts.findUserByEmail(fixtures.member(daugavpils, Role.PARTNER))
                                .orElseThrow()
                                .id())
                .orElseThrow();
        SignedInUser nobody = new SignedInUser(
                Long.MAX_VALUE, "nobody@example.org", "Nobody", "en", java.util.Set.of(Role.COORDINATOR), null);

        for (SignedInUser viewer : java.util.List.of(coordinatorUser, kaunasCoordinator, daugavpilsPartner, nobody)) {
            java.util.List<Long> portfolio = projects.portfolio(viewer, PortfolioFilter.none(), PageRequest.of(0, 100))
                    .map(ProjectSummary::id)
                    .getContent();
            assertThat(projects.editableIds(viewer))
                    .as(viewer.email())
                    .isEqualTo(portfolio.stream()
                            .filter(id -> projects.rights(viewer, id).edit())
                            .toList());
        }
        assertThat(projects.editableIds(coordinatorUser)).hasSize(1).doesNotContain(ledByKaunas);
        assertThat(projects.editableIds(kaunasCoordinator)).containsExactly(ledByKaunas);
        assertThat(projects.editableIds(daugavpilsPartner)).isEmpty();
        assertThat(projects.editableIds(nobody)).isEmpty();
    }

    @Test
    void aCoordinatorCreatesAProjectThroughTheForm() throws Exception {
        mvc.perform(projectForm("/projects")).andExpect(redirectedUrlPattern("/projects/*"));

        mvc.perform(get("/projects").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Challenges of Regional Centres")));
    }

    @Test
    void anIdeaIsSavedWithoutAMeasureAndTheRulesPanelSaysWhatItNeeds() throws Exception {
        String location = mvc.perform(projectForm("/projects", "measure", "", "status", "IDEA")
                        .cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(redirectedUrlPattern("/projects/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = mvc.perform(get(location).cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Assertions.assertThat(org.jsoup.Jsoup.parse(page)
                        .selectFirst("#project-no-measure")
                        .text())
                .isEqualTo("Not chosen yet (an idea)");
        String panel = mvc.perform(get(location + "/grant-panel").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Assertions.assertThat(org.jsoup.Jsoup.parse(panel)
                        .selectFirst("#grant-problem")
                        .text())
                .isEqualTo("The project has no measure yet. Choose its measure (or the call) so that eligibility"
                        + " and grant can be checked.");
    }

    @Test
    void aProjectPastTheIdeaNeedsAMeasureAndSaysSoInLatvian() throws Exception {
        long before = portfolioSize();
        mvc.perform(projectForm("/projects", "measure", "", "status", "IN_PREPARATION")
                        .cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        model().attributeHasFieldErrorCode("projectForm", "measure", "error.project.measure-required"))
                .andExpect(content().string(containsString("bez tā var saglabāt tikai ideju")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("nav programmu kataloga"))));
        Assertions.assertThat(portfolioSize()).isEqualTo(before);
    }

    @Test
    void aMissingStatusIsShownOnTheFieldAndNothingIsStored() throws Exception {
        long before = portfolioSize();
        mvc.perform(projectForm("/projects", "status", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("projectForm", "status", "error.project.status-required"))
                .andExpect(content().string(containsString("Choose the project&#39;s status.")));
        Assertions.assertThat(portfolioSize()).isEqualTo(before);
    }

    @Test
    void anEndBeforeTheStartIsShownOnTheFieldInLatvianAndNothingIsStored() throws Exception {
        long before = portfolioSize();
        mvc.perform(projectForm("/projects", "endDate", "2017-01-01").cookie(new Cookie("JUMELAGE_LANG", "lv")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        model().attributeHasFieldErrorCode("projectForm", "endDate", "error.project.end-before-start"))
                .andExpect(content().string(containsString("Beigu datums ir pirms sākuma datuma.")))
                .andExpect(content().string(containsString("value=\"DeCoDe\"")));
        Assertions.assertThat(portfolioSize()).isEqualTo(before);
    }

    @Test
    void aNumberThatIsNotANumberIsExplained() throws Exception {
        mvc.perform(projectForm("/projects", "totalCost", "99 000 EUR"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("projectForm", "totalCost"))
                .andExpect(content().string(containsString("Enter a number, for example 99,000.00.")));
    }

    /** issue 13: amounts are read and shown as each language writes them. */
    @Test
    void amountsAreReadAndShownAsEachLanguageWritesThem() throws Exception {
        Cookie latvian = new Cookie("JUMELAGE_LANG", "lv");
        String location = mvc.perform(projectForm(
                                "/projects", "acronym", "Summas", "totalCost", "99 000,00", "euGrant", "79\u00A0200,5")
                        .cookie(latvian))
                .andExpect(redirectedUrlPattern("/projects/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location).cookie(coordinator).cookie(latvian))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("99\u00A0000,00 EUR")))
                .andExpect(content().string(containsString("79\u00A0200,50 EUR")));
        mvc.perform(get(location).cookie(coordinator).cookie(new Cookie("JUMELAGE_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("99,000.00 EUR")));
        mvc.perform(projectForm("/projects", "acronym", "Summas2", "totalCost", "99,000.00"))
                .andExpect(redirectedUrlPattern("/projects/*"));
        mvc.perform(projectForm("/projects", "totalCost", "99.000,00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("projectForm", "totalCost"));
    }

    long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long versionOf(long id) {
        return projects.find(coordinatorUser, id).orElseThrow().summary().version();
    }

    java.util.List<String> statedAudit(long id) {
        return auditTrail.entries("project.stated-partners", PageRequest.of(0, 50)).getContent().stream()
                .filter(entry -> entry.target() != null && entry.target().startsWith("project " + id + " "))
                .map(entry -> String.valueOf(entry.detail()))
                .toList();
    }

    /** issue 13: what the source states about the partnership is entered on the form, shown and cleared. */
    @Test
    void theStatedPartnersAreSavedShownAndClearedThroughTheForm() throws Exception {
        String location = mvc.perform(projectForm("/projects", "statedPartners", "14", "statedCountries", "11"))
                .andExpect(redirectedUrlPattern("/projects/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = idOf(location);
        Assertions.assertThat(projects.find(coordinatorUser, id).orElseThrow().statedPartners())
                .isEqualTo(new org.jumelage.project.StatedPartners(14, 11));
        String page = mvc.perform(get(location).cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Assertions.assertThat(org.jsoup.Jsoup.parse(page)
                        .getElementById("stated-partners")
                        .text())
                .isEqualTo("Partners according to the source: 14; countries: 11. Recorded here: 1."
                        + " Not named in the source, so not recorded: 13.");
        String form = mvc.perform(get(location + "/edit").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var edit = org.jsoup.Jsoup.parse(form);
        Assertions.assertThat(edit.getElementById("statedPartners").val()).isEqualTo("14");
        Assertions.assertThat(edit.getElementById("statedCountries").val()).isEqualTo("11");
        Assertions.assertThat(edit.getElementById("stated-help").text()).contains("Whole numbers");

        mvc.perform(projectForm(
                        location,
                        "statedPartners",
                        "6",
                        "statedCountries",
                        "",
                        "version",
                        String.valueOf(versionOf(id))))
                .andExpect(redirectedUrlPattern("/projects/*"));
        Assertions.assertThat(projects.find(coordinatorUser, id).orElseThrow().statedPartners())
                .isEqualTo(new org.jumelage.project.StatedPartners(6, null));

        mvc.perform(projectForm(
                        location,
                        "statedPartners",
                        "",
                        "statedCountries",
                        "",
                        "version",
                        String.valueOf(versionOf(id))))
                .andExpect(redirectedUrlPattern("/projects/*"));
        Assertions.assertThat(projects.find(coordinatorUser, id).orElseThrow().statedPartners())
                .isNull();
        // Audited when they change (newest first), not on every save of the form.
        Assertions.assertThat(statedAudit(id)).containsExactly("null", "6 partners", "14 partners, 11 countries");
        mvc.perform(get(location).cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"stated-partners\""))));
    }

    /** issue 13: impossible stated counts are refused on their field, in Latvian, and nothing is changed. */
    @Test
    void impossibleStatedPartnersAreRefusedInLatvianAndNothingIsChanged() throws Exception {
        Cookie latvian = new Cookie("JUMELAGE_LANG", "lv");
        String location = mvc.perform(projectForm("/projects", "statedPartners", "14", "statedCountries", "11"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = idOf(location);
        String version = String.valueOf(versionOf(id));
        String[][] cases = {
            {
                "5",
                "9",
                "statedCountries",
                "error.project.stated-countries-above-partners",
                "Valstu nevar būt vairāk nekā partneru."
            },
            {
                "0",
                "",
                "statedPartners",
                "error.project.stated-partners-out-of-range",
                "Partneru skaitam jābūt veselam skaitlim no 1 līdz 1 000."
            },
            {"1001", "3", "statedPartners", "error.project.stated-partners-out-of-range", "no 1 līdz 1 000."},
            {
                "100",
                "61",
                "statedCountries",
                "error.project.stated-countries-out-of-range",
                "Valstu skaitam jābūt veselam skaitlim no 1 līdz 60."
            },
            {
                "",
                "4",
                "statedPartners",
                "error.project.stated-partners-required",
                "Ievadiet avotā norādīto partneru skaitu"
            },
            {"-3", "", "statedPartners", "error.project.stated-partners-out-of-range", "no 1 līdz"},
        };
        for (String[] refused : cases) {
            String answer = mvc.perform(projectForm(
                                    location,
                                    "acronym",
                                    "CHANGED",
                                    "statedPartners",
                                    refused[0],
                                    "statedCountries",
                                    refused[1],
                                    "version",
                                    version)
                            .cookie(latvian))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(model().attributeHasFieldErrorCode("projectForm", refused[2], refused[3]))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Assertions.assertThat(org.jsoup.Jsoup.parse(answer)
                            .getElementById(refused[2] + "-errors")
                            .text()
                            .replaceAll("\\h", " "))
                    .as("%s/%s", refused[0], refused[1])
                    .contains(refused[4]);
        }
        mvc.perform(projectForm(location, "statedPartners", "zwölf", "version", version)
                        .cookie(latvian))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("projectForm", "statedPartners"))
                .andExpect(content().string(containsString("Ievadiet veselu skaitli.")));
        var stored = projects.find(coordinatorUser, id).orElseThrow();
        Assertions.assertThat(stored.statedPartners()).isEqualTo(new org.jumelage.project.StatedPartners(14, 11));
        Assertions.assertThat(stored.summary().acronym()).isEqualTo("DeCoDe");
        Assertions.assertThat(stored.summary().version()).isEqualTo(Long.parseLong(version));
    }

    @Test
    void aStaleEditIsToldAndNothingIsOverwritten() throws Exception {
        String location =
                mvc.perform(projectForm("/projects")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(projectForm(location, "acronym", "FIRST")).andExpect(redirectedUrlPattern("/projects/*"));

        mvc.perform(projectForm(location, "acronym", "SECOND"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"stale-warning\"")));
        mvc.perform(get(location).cookie(coordinator))
                .andExpect(content().string(containsString("FIRST")))
                .andExpect(content().string(not(containsString("SECOND"))));
    }

    @Test
    void aSecondLeadIsRefusedOnThePartnerForm() throws Exception {
        String location =
                mvc.perform(projectForm("/projects")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/partners")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("country", "LT")
                        .param("role", "LEAD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The project already has a lead partner")));
        mvc.perform(post(location + "/partners")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("country", "LT")
                        .param("role", "PARTNER"))
                .andExpect(redirectedUrlPattern("/projects/*"));
        mvc.perform(get(location).cookie(coordinator))
                .andExpect(content().string(containsString("organisation not named in source")))
                .andExpect(content().string(containsString("Partners: 2 from 2 countries")));
    }

    @Test
    void othersDoNotSeeTheProjectAndPartnersSeeItWithoutEditing() throws Exception {
        String location =
                mvc.perform(projectForm("/projects")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        OrganisationSummary kaunas = fixtures.municipality(RegistryFixtures.KAUNAS, "LT", "Kaunas");
        projects.addPartner(coordinatorUser, id, kaunas.id(), null, org.jumelage.project.PartnerRole.PARTNER);
        Cookie partner = SignIn.as(mvc, fixtures.member(kaunas, Role.COORDINATOR), TestUsers.PASSWORD);
        OrganisationSummary stranger = fixtures.municipality(RegistryFixtures.POZNAN, "PL", "Stranger");
        Cookie outsider = SignIn.as(mvc, fixtures.member(stranger, Role.COORDINATOR), TestUsers.PASSWORD);

        mvc.perform(get(location).cookie(partner))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"project-edit\""))));
        mvc.perform(get(location + "/edit").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(get(location).cookie(outsider)).andExpect(status().isNotFound());
    }

    @Test
    void thePortfolioAnswersHtmxWithTheResultsOnly() throws Exception {
        mvc.perform(projectForm("/projects"));
        mvc.perform(get("/projects").param("q", "decode").cookie(coordinator).header("HX-Request", "true"))
                .andExpect(view().name("project/portfolio :: results"))
                .andExpect(content().string(containsString("DeCoDe")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void thePartnerFormSearchesOrganisationsWithHtmxAndWithoutJavaScript() throws Exception {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        OrganisationSummary kaunas = new RegistryFixtures(organisations, accounts)
                .municipality(RegistryFixtures.KAUNAS, "LT", "Kauno picker " + tag);
        String location =
                mvc.perform(projectForm("/projects")).andReturn().getResponse().getRedirectedUrl();

        org.jsoup.nodes.Document page = html(get(location));
        org.jsoup.nodes.Element search = page.selectFirst("input#organisationId-q");
        Assertions.assertThat(search.attr("hx-get")).isEqualTo("/organisations/options");
        Assertions.assertThat(search.attr("hx-target")).isEqualTo("#organisationId-options");
        Assertions.assertThat(search.attr("form")).isEqualTo("partner-organisation-search");
        org.jsoup.nodes.Element searchForm = page.selectFirst("form#partner-organisation-search");
        Assertions.assertThat(searchForm.attr("method")).isEqualTo("get");
        Assertions.assertThat(searchForm.attr("action")).isEqualTo(location + "#partner-form");
        Assertions.assertThat(page.select("select#organisationId > option").eachText())
                .containsExactly("Not named in the source (country only)");
        Assertions.assertThat(page.select("#organisationId-options > option:not([disabled])"))
                .hasSizeBetween(1, org.jumelage.network.OrganisationChoices.LIMIT);
        Assertions.assertThat(page.select("select#organisationId option[selected]"))
                .isEmpty();

        org.jsoup.nodes.Document found = html(get(location).param("q", "kauno PICKER " + tag));
        Assertions.assertThat(found.selectFirst("input#organisationId-q").val()).isEqualTo("kauno PICKER " + tag);
        Assertions.assertThat(found.select("#organisationId-options > option").eachAttr("value"))
                .containsExactly(String.valueOf(kaunas.id()));
        Assertions.assertThat(
                        found.select("select#organisationId option[selected]").eachText())
                .containsExactly(kaunas.name(java.util.Locale.ENGLISH) + " (LT)");

        mvc.perform(post(location + "/partners")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("organisationId", String.valueOf(kaunas.id()))
                        .param("role", "PARTNER"))
                .andExpect(redirectedUrlPattern("/projects/*"));
        Assertions.assertThat(html(get(location)).selectFirst("#partners-table").text())
                .contains("Kauno picker " + tag);
    }

    @Test
    void theNewProjectFormOffersTheCoordinatorsOrganisationAsLeadAndSearchesWithoutJavaScript() throws Exception {
        org.jsoup.nodes.Document form = html(get("/projects/new"));
        Assertions.assertThat(form.select("select#leadOrganisationId option[selected]")
                        .eachAttr("value"))
                .containsExactly(String.valueOf(daugavpils.id()));
        Assertions.assertThat(form.selectFirst("form#lead-organisation-search").attr("action"))
                .isEqualTo("/projects/new");
        Assertions.assertThat(form.selectFirst("input#leadOrganisationId-q").attr("form"))
                .isEqualTo("lead-organisation-search");

        org.jsoup.nodes.Document searched = html(get("/projects/new").param("q", "no such organisation"));
        Assertions.assertThat(searched.select("#leadOrganisationId-options > option"))
                .isEmpty();
        Assertions.assertThat(searched.select("select#leadOrganisationId option[selected]"))
                .isEmpty();
    }

    org.jsoup.nodes.Document html(MockHttpServletRequestBuilder request) throws Exception {
        return org.jsoup.Jsoup.parse(mvc.perform(request.cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
