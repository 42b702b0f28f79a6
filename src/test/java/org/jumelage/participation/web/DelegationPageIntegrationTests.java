package org.jumelage.participation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.DelegationScene;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The delegation pages: the list on the event page, the form with inline errors, the page with its link. */
@JumelageIntegrationTest
class DelegationPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    DelegationScene scene;
    Cookie coordinator;
    Cookie kaunasContact;
    Cookie daugavpilsContact;
    Cookie outsider;

    @BeforeEach
    void setUp() throws Exception {
        scene = new DelegationScene(mvc, organisations, accounts);
        coordinator = SignIn.as(mvc, scene.fixtures.member(scene.lodz, Role.COORDINATOR), TestUsers.PASSWORD);
        kaunasContact = SignIn.as(mvc, scene.fixtures.member(scene.kaunas, Role.PARTNER), TestUsers.PASSWORD);
        daugavpilsContact = SignIn.as(mvc, scene.fixtures.member(scene.daugavpils, Role.PARTNER), TestUsers.PASSWORD);
        outsider = SignIn.as(mvc, scene.fixtures.member(scene.stranger, Role.COORDINATOR), TestUsers.PASSWORD);
    }

    long delegations() {
        return jdbc.sql("select count(*) from event_delegation where event_id = :event")
                .param("event", scene.eventId)
                .query(Long.class)
                .single();
    }

    String createKaunas() throws Exception {
        return mvc.perform(post("/events/" + scene.eventId + "/delegations")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("partnerId", String.valueOf(scene.kaunasPartner))
                        .param("plannedSize", "12")
                        .param("headName", "Rūta Petraitienė")
                        .param("headEmail", "ruta@example.org"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void anEditorCreatesADelegationThatTheEventPageLists() throws Exception {
        mvc.perform(get("/events/" + scene.eventId).cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"delegation-new\"")));
        Document form = Jsoup.parse(
                mvc.perform(get("/events/" + scene.eventId + "/delegations/new").cookie(coordinator))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        // the choice, the lead and three partners
        assertThat(form.select("#partnerId option")).hasSize(5);
        String location = createKaunas();
        assertThat(location).matches("/delegations/\\d+");
        Document event = Jsoup.parse(mvc.perform(get("/events/" + scene.eventId).cookie(coordinator))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(event.select("#delegation-list tbody tr")).hasSize(1);
        assertThat(event.select("#delegation-list tbody td").eachText()).contains("Rūta Petraitienė", "12", "0");
        Document again = Jsoup.parse(
                mvc.perform(get("/events/" + scene.eventId + "/delegations/new").cookie(coordinator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(again.select("#partnerId option")).hasSize(4);
    }

    @Test
    void theDelegationPageShowsTheAbsolutePrivateLinkToThoseWhoShareIt() throws Exception {
        String location = createKaunas();
        Document page = Jsoup.parse(mvc.perform(get(location).cookie(kaunasContact))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#delegation-link-url").attr("value")).matches("http://localhost/register/d/[\\w-]{32}");
        assertThat(page.select("#delegation-planned").text()).isEqualTo("12");
        assertThat(page.select("#delegation-head").text()).contains("Rūta Petraitienė");
        assertThat(page.select("script[src*=delegation.js]")).hasSize(1);

        Document viewer = Jsoup.parse(mvc.perform(get(location).cookie(daugavpilsContact))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(viewer.select("#delegation-link")).isEmpty();
        assertThat(viewer.select("#delegation-edit")).isEmpty();
        mvc.perform(get(location).cookie(outsider)).andExpect(status().isNotFound());
        mvc.perform(get(location + "/edit").cookie(daugavpilsContact)).andExpect(status().isForbidden());
    }

    @Test
    void badInputComesBackOnTheFormWith422AndNothingIsStored() throws Exception {
        Document noPartner = Jsoup.parse(mvc.perform(post("/events/" + scene.eventId + "/delegations")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("partnerId", "")
                        .param("plannedSize", "5"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(noPartner.select("#partnerId-errors").text()).isNotBlank();

        Document negative = Jsoup.parse(mvc.perform(post("/events/" + scene.eventId + "/delegations")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("partnerId", String.valueOf(scene.kaunasPartner))
                        .param("plannedSize", "-3")
                        .param("headName", "Kept as typed"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(negative.select("#plannedSize-errors").text()).isNotBlank();
        assertThat(negative.select("#headName").attr("value")).isEqualTo("Kept as typed");

        mvc.perform(post("/events/" + scene.eventId + "/delegations")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("partnerId", String.valueOf(scene.kaunasPartner))
                        .param("plannedSize", "lots"))
                .andExpect(status().isUnprocessableContent());
        assertThat(delegations()).isZero();
    }

    @Test
    void thePartnersContactChangesTheHeadButTheFormOffersNoSize() throws Exception {
        String location = createKaunas();
        Document form = Jsoup.parse(mvc.perform(get(location + "/edit").cookie(kaunasContact))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("#plannedSize")).isEmpty();
        Document invalid = Jsoup.parse(mvc.perform(post(location)
                        .cookie(kaunasContact)
                        .with(csrf())
                        .param("version", "0")
                        .param("headName", "Jonas Jonaitis")
                        .param("headEmail", "not-an-address"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(invalid.select("#headEmail-errors").text()).isNotBlank();
        mvc.perform(post(location)
                        .cookie(kaunasContact)
                        .with(csrf())
                        .param("version", "0")
                        .param("plannedSize", "99")
                        .param("headName", "Jonas Jonaitis")
                        .param("headEmail", "jonas@example.org"))
                .andExpect(status().isFound());
        Document page = Jsoup.parse(mvc.perform(get(location).cookie(coordinator))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#delegation-head").text()).contains("Jonas Jonaitis");
        assertThat(page.select("#delegation-planned").text()).isEqualTo("12");
    }

    @Test
    void regeneratingTheLinkChangesItOnThePageAndOnlyEditorsMayDoIt() throws Exception {
        String location = createKaunas();
        String before = Jsoup.parse(mvc.perform(get(location).cookie(coordinator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("#delegation-link-url")
                .attr("value");
        Document contactPage = Jsoup.parse(mvc.perform(get(location).cookie(kaunasContact))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(contactPage.select("#delegation-link-url").attr("value")).isEqualTo(before);
        assertThat(contactPage.select("#delegation-link-regenerate")).isEmpty();
        mvc.perform(post(location + "/link").cookie(kaunasContact).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(location + "/link").cookie(coordinator).with(csrf())).andExpect(status().isFound());
        String after = Jsoup.parse(mvc.perform(get(location).cookie(coordinator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("#delegation-link-url")
                .attr("value");
        assertThat(after).startsWith("http://localhost/register/d/").isNotEqualTo(before);
        mvc.perform(post(location + "/link").cookie(daugavpilsContact).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
