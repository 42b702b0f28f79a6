package org.jumelage.project.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.network.OrganisationSummary;
import org.jumelage.project.PartnerRole;
import org.jumelage.project.PartnerSummary;
import org.jumelage.project.ProjectDraft;
import org.jumelage.project.ProjectManagement;
import org.jumelage.project.ProjectStatus;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The eligibility and grant panel with the real rules engine: a town-twinning meeting in Daugavpils
 * with a delegation from Kaunas one person short of the 25 invited participants the 2014–2020 rules ask.
 */
@JumelageIntegrationTest
class GrantPanelIntegrationTests {

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

    RegistryFixtures fixtures;
    OrganisationSummary daugavpils;
    OrganisationSummary kaunas;
    Cookie coordinator;
    SignedInUser coordinatorUser;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new RegistryFixtures(organisations, accounts);
        daugavpils = fixtures.municipality(RegistryFixtures.DAUGAVPILS, "LV", "Daugavpils pilsētas dome");
        kaunas = fixtures.municipality(RegistryFixtures.KAUNAS, "LT", "Kauno miesto savivaldybė");
        String email = fixtures.member(daugavpils, Role.COORDINATOR);
        coordinator = SignIn.as(mvc, email, TestUsers.PASSWORD);
        coordinatorUser = accounts.signedInUser(
                        accounts.findUserByEmail(email).orElseThrow().id())
                .orElseThrow();
    }

    /** A town-twinning project of the 1 March 2018 call led by Daugavpils with Kaunas, and one meeting. */
    long townTwinning(int fromKaunas, @Nullable String callCode, LocalDate start) {
        return townTwinning(fromKaunas, callCode, start, start);
    }

    /** The same with the meeting starting on {@code meetingStart}, or without dates when {@code null}. */
    long townTwinning(int fromKaunas, @Nullable String callCode, LocalDate start, @Nullable LocalDate meetingStart) {
        long id = projects.create(
                        coordinatorUser,
                        ProjectDraft.builder()
                                .acronym("TTChan")
                                .titles(LocalizedText.of(null, "Town twinning for change"))
                                .measure("E4C-2014-TT")
                                .callCode(callCode)
                                .status(ProjectStatus.RUNNING)
                                .startDate(start)
                                .endDate(start.plusDays(4))
                                .leadOrganisationId(daugavpils.id())
                                .build())
                .id();
        projects.addPartner(coordinatorUser, id, kaunas.id(), null, PartnerRole.PARTNER);
        List<PartnerSummary> partners = projects.partners(coordinatorUser, id);
        long lead = partnerOf(partners, daugavpils);
        long partner = partnerOf(partners, kaunas);
        events.create(
                coordinatorUser,
                id,
                new EventDraft(
                        LocalizedText.of(null, "Meeting in Daugavpils"),
                        EventType.CITIZENS_MEETING,
                        List.of(new HostPlaceInput(RegistryFixtures.DAUGAVPILS, null, null)),
                        null,
                        meetingStart,
                        meetingStart == null ? null : meetingStart.plusDays(4),
                        null,
                        LocalizedText.of(null, null),
                        Map.of(lead, 40, partner, fromKaunas)));
        return id;
    }

    static long partnerOf(List<PartnerSummary> partners, OrganisationSummary organisation) {
        return partners.stream()
                .filter(partner -> Long.valueOf(organisation.id()).equals(partner.organisationId()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    Document panel(long projectId, Cookie who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/projects/" + projectId + "/grant-panel")
                        .cookie(who)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("project/grant-panel :: panel"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theFailingCheckComesFirstWithItsNumbers() throws Exception {
        long id = townTwinning(24, "E4C-2014-TT-2018-03-01", LocalDate.of(2018, 11, 8));

        Document panel = panel(id, coordinator);

        assertThat(panel.selectFirst("#grant-problem")).isNull();
        assertThat(panel.selectFirst("#grant-eligible-planned").text()).isEqualTo("Not eligible");
        Element first = panel.selectFirst("#grant-checks tbody tr");
        assertThat(first.attr("data-rule")).isEqualTo("min-invited-participants");
        assertThat(first.hasClass("table-danger")).isTrue();
        assertThat(first.selectFirst("th").text()).isEqualTo("Invited participants");
        assertThat(first.select("td").get(0).text()).isEqualTo("failed 24 invited participants; at least 25 needed");
        assertThat(first.select("td").get(1).text()).isEqualTo("Source: up2europe.eu confirmed");
        assertThat(panel.selectFirst("#grant-call-year").text()).contains("2018", "from the project's call");
        assertThat(panel.select("#grant-summary thead th").eachText()).containsExactly("What", "Planned");
    }

    @Test
    void enoughInvitedParticipantsPassTheCheck() throws Exception {
        long id = townTwinning(25, "E4C-2014-TT-2018-03-01", LocalDate.of(2018, 11, 8));

        Element check = panel(id, coordinator).selectFirst("#grant-checks tr[data-rule=min-invited-participants]");

        assertThat(check.hasClass("table-danger")).isFalse();
        assertThat(check.select("td").get(0).text()).isEqualTo("passed 25 invited participants (at least 25 needed)");
    }

    @Test
    void aCheckThatCannotBeDecidedYetIsNotShownAsEligible() throws Exception {
        long id = townTwinning(30, "E4C-2014-TT-2018-03-01", LocalDate.of(2018, 11, 8), null);

        Document panel = panel(id, coordinator);

        assertThat(panel.select("#grant-checks tr.table-danger")).isEmpty();
        assertThat(panel.selectFirst("#grant-checks tr[data-rule=max-event-days]")
                        .text())
                .doesNotContain("passed");
        assertThat(panel.selectFirst("#grant-eligible-planned").text()).isEqualTo("Not decided yet");
        assertThat(panel.selectFirst("#grant-eligible-planned span").attr("data-eligibility"))
                .isEqualTo("not-decided");
    }

    @Test
    void onceEveryCheckIsDecidedThePanelSaysEligible() throws Exception {
        long id = townTwinning(30, "E4C-2014-TT-2018-03-01", LocalDate.of(2018, 11, 8));

        assertThat(panel(id, coordinator).selectFirst("#grant-eligible-planned").text())
                .isEqualTo("Eligible");
    }

    @Test
    void aMeasureWithoutRulesForTheCallYearShowsAMessageInsteadOfFailing() throws Exception {
        long id = townTwinning(30, null, LocalDate.of(2031, 5, 4));

        Document panel = panel(id, coordinator);

        assertThat(panel.selectFirst("#grant-problem").text())
                .startsWith("Jumelage has no rules for the measure E4C-2014-TT in the call year 2031");
        assertThat(panel.selectFirst("#grant-remarks").text()).contains("The call year 2031 is assumed");
        assertThat(panel.selectFirst("#grant-problem").text()).contains("No rule set of E4C-2014-TT");
        assertThat(panel.select("#grant-checks")).isEmpty();
    }

    @Test
    void partnersSeeThePanelAndStrangersDoNot() throws Exception {
        long id = townTwinning(24, "E4C-2014-TT-2018-03-01", LocalDate.of(2018, 11, 8));
        Cookie partner = SignIn.as(mvc, fixtures.member(kaunas, Role.PARTNER), TestUsers.PASSWORD);
        OrganisationSummary stranger = fixtures.municipality(RegistryFixtures.POZNAN, "PL", "Stranger");
        Cookie outsider = SignIn.as(mvc, fixtures.member(stranger, Role.COORDINATOR), TestUsers.PASSWORD);

        assertThat(panel(id, partner).selectFirst("#grant-checks")).isNotNull();
        mvc.perform(get("/projects/" + id + "/grant-panel").cookie(outsider).header("HX-Request", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + id + "/grant-panel").cookie(outsider)).andExpect(status().isNotFound());
    }

    @Test
    void theProjectPageLoadsThePanelWithHtmxAndLinksToItsOwnPage() throws Exception {
        long id = townTwinning(24, "E4C-2014-TT-2018-03-01", LocalDate.of(2018, 11, 8));

        Document page = Jsoup.parse(mvc.perform(get("/projects/" + id).cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        Element container = page.selectFirst("#grant-panel");
        assertThat(container.attr("hx-get")).isEqualTo("/projects/" + id + "/grant-panel");
        assertThat(container.attr("hx-trigger")).isEqualTo("load, jumelage:plan-changed from:body");
        assertThat(container.attr("aria-live")).isEqualTo("polite");
        assertThat(container.selectFirst("#grant-panel-link").attr("href"))
                .isEqualTo("/projects/" + id + "/grant-panel");

        Document own =
                Jsoup.parse(mvc.perform(get("/projects/" + id + "/grant-panel").cookie(coordinator))
                        .andExpect(view().name("project/grant-panel"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(own.selectFirst("h1, h2#grant-panel-title").text()).isEqualTo("Eligibility and grant");
        assertThat(own.selectFirst("#grant-checks tbody tr").attr("data-rule")).isEqualTo("min-invited-participants");
    }

    @Test
    void aProjectWithoutCallReferenceOrStartHasNoCallYear() throws Exception {
        long id = townTwinning(24, null, LocalDate.of(2018, 11, 8));
        var draft = projects.find(coordinatorUser, id).orElseThrow();
        projects.update(
                coordinatorUser,
                id,
                ProjectDraft.builder()
                        .acronym("TTChan")
                        .titles(LocalizedText.of(null, "Town twinning for change"))
                        .measure("E4C-2014-TT")
                        .status(ProjectStatus.IDEA)
                        .totalCost(new BigDecimal("1000.00"))
                        .build(),
                draft.summary().version());

        assertThat(panel(id, coordinator).selectFirst("#grant-problem").text())
                .isEqualTo(
                        "The call year is not known. Choose the call of the project, or enter its reference number or"
                                + " start date.");
    }

    @Test
    void thePanelGivesCountsPerEventAndTownAndEachMarginInWords() throws Exception {
        long id = townTwinning(24, "E4C-2014-TT-2018-03-01", LocalDate.of(2018, 11, 8));

        Document panel = panel(id, coordinator);

        assertThat(panel.select("#grant-counts tbody th").eachText())
                .containsExactly(
                        "Meeting in Daugavpils: invited participants",
                        "from Kaunas (LT)",
                        "Meeting in Daugavpils: local participants");
        assertThat(panel.select("#grant-counts tbody td").eachText()).containsExactly("24", "24", "40");
        Element invited = panel.selectFirst("#grant-margins tr[data-rule=min-invited-participants]");
        assertThat(invited.hasClass("table-danger")).isTrue();
        assertThat(invited.selectFirst("th").text()).isEqualTo("Invited participants the whole project");
        assertThat(invited.selectFirst("td").text()).isEqualTo("24 of 25 1 invited participant missing in the project");
        Element days = panel.selectFirst("#grant-margins tr[data-rule=max-event-days]");
        assertThat(days.selectFirst("td").text()).isEqualTo("5 days, at most 21 reached");

        Document latvian = Jsoup.parse(mvc.perform(get("/projects/" + id + "/grant-panel")
                        .cookie(coordinator)
                        .header("HX-Request", "true")
                        .header("Accept-Language", "lv"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(latvian.selectFirst("#grant-margins tr[data-rule=min-invited-participants] td")
                        .text())
                .isEqualTo("24 no 25 Projektā trūkst 1 uzaicinātā dalībnieka");
    }

    @Test
    void anEditorRecordsTheAwardInThePanelAndSeesItAtRisk() throws Exception {
        long id = townTwinning(24, "E4C-2014-TT-2018-03-01", LocalDate.of(2018, 11, 8));
        assertThat(panel(id, coordinator).selectFirst("#grant-award-none")).isNotNull();

        mvc.perform(post("/projects/" + id + "/grant-award")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("amount", "20 000,00")
                        .param("agreementNumber", "2018-1234/001")
                        .param("signedOn", "2018-09-14")
                        .param("conditions", "Final report within two months."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/projects/" + id + "/grant-panel"));

        Document panel = panel(id, coordinator);
        assertThat(panel.selectFirst("#grant-award-amount").text()).contains("20", "000");
        Element verdict = panel.selectFirst("#grant-verdict");
        assertThat(verdict.attr("data-verdict")).isEqualTo("at-risk");
        assertThat(verdict.select("#grant-verdict-reasons li").eachText())
                .first()
                .isEqualTo("1 invited participant missing in the project");
        assertThat(panel.selectFirst("#grant-award-form input[name=agreementNumber]")
                        .val())
                .isEqualTo("2018-1234/001");
    }

    @Test
    void aRefusedAwardIsShownOnTheFormAndViewersHaveNoForm() throws Exception {
        long id = townTwinning(24, "E4C-2014-TT-2018-03-01", LocalDate.of(2018, 11, 8));

        Document refused = Jsoup.parse(mvc.perform(post("/projects/" + id + "/grant-award")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("amount", "-3")
                        .param("agreementNumber", "A-1")
                        .param("signedOn", "2018-09-14"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.selectFirst("#amount-errors").text()).contains("must be positive");
        assertThat(refused.selectFirst("#grant-award-none")).isNotNull();

        Cookie partner = SignIn.as(mvc, fixtures.member(kaunas, Role.COORDINATOR), TestUsers.PASSWORD);
        assertThat(panel(id, partner).selectFirst("#grant-award-form")).isNull();
        mvc.perform(post("/projects/" + id + "/grant-award")
                        .cookie(partner)
                        .with(csrf())
                        .param("amount", "100")
                        .param("agreementNumber", "A-1")
                        .param("signedOn", "2018-09-14"))
                .andExpect(status().isForbidden());
    }

    @Test
    void whatIfTheDelegationCancelsShowsThePanelWithoutItsPeople() throws Exception {
        long id = townTwinning(30, "E4C-2014-TT-2018-03-01", LocalDate.of(2018, 11, 8));
        Document panel = panel(id, coordinator);
        List<String> choices = panel.select("#without-delegation option").eachAttr("value");
        String kaunasChoice = panel.select("#without-delegation option").stream()
                .filter(option -> option.text().startsWith("Kauno"))
                .findFirst()
                .orElseThrow()
                .val();
        assertThat(choices).hasSize(3).first().isEqualTo("");
        assertThat(panel.selectFirst("#grant-what-if").attr("hx-get")).isEqualTo("/projects/" + id + "/grant-panel");

        Document without = Jsoup.parse(mvc.perform(get("/projects/" + id + "/grant-panel")
                        .cookie(coordinator)
                        .param("without-delegation", kaunasChoice))
                .andExpect(status().isOk())
                .andExpect(view().name("project/grant-panel"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(without.selectFirst("#grant-what-if-active").text()).contains("Kauno", "Meeting in Daugavpils");
        assertThat(without.select("#grant-counts tbody td").eachText()).containsExactly("0", "40");
        assertThat(without.selectFirst("#grant-margins tr[data-rule=min-invited-participants] td")
                        .text())
                .contains("25 invited participants missing");
        assertThat(without.selectFirst("#without-delegation option[selected]").val())
                .isEqualTo(kaunasChoice);
    }
}
