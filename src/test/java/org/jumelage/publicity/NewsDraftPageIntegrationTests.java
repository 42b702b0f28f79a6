package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * “Write a news draft for me” on the publication panel: the project's editors get a draft article
 * in both languages about the project (or event), tagged with the acronym, opened in the editor
 * with a reminder to check it; partners see no button and are refused, outsiders find nothing.
 */
@JumelageIntegrationTest
class NewsDraftPageIntegrationTests {

    static final Pattern EDIT = Pattern.compile("/news/(\\d+)/edit");

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
    NewsManagement news;

    @Autowired
    NewsMarkdown markdown;

    @Autowired
    Publications publications;

    @Autowired
    JdbcClient jdbc;

    MeetingFixture meeting;
    Cookie coordinator;
    Cookie partner;

    @BeforeEach
    void setUp() throws Exception {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10));
        coordinator = SignIn.as(mvc, meeting.coordinatorEmail, TestUsers.PASSWORD);
        partner = SignIn.as(mvc, meeting.partnerEmail, TestUsers.PASSWORD);
    }

    long articlesAboutTheProject() {
        return news.list(meeting.coordinator, null, meeting.projectId, PageRequest.of(0, 50))
                .getTotalElements();
    }

    long written(String path) throws Exception {
        String location = mvc.perform(post(path).cookie(coordinator).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flashSuccess", "publicity.draft.created"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).isNotNull();
        Matcher edit = EDIT.matcher(location);
        assertThat(edit.matches()).as(location).isTrue();
        return Long.parseLong(edit.group(1));
    }

    @Test
    void theEditorSeesTheButtonAndThePartnerDoesNot() throws Exception {
        String panel = mvc.perform(get("/projects/" + meeting.projectId + "/publication")
                        .cookie(coordinator)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(panel)
                .contains("action=\"/projects/" + meeting.projectId + "/news-drafts\"")
                .contains("id=\"news-draft-write\"");
        String eventPage = mvc.perform(
                        get("/events/" + meeting.eventId + "/publication").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(eventPage).contains("action=\"/events/" + meeting.eventId + "/news-drafts\"");
        String partnersPanel = mvc.perform(get("/projects/" + meeting.projectId + "/publication")
                        .cookie(partner)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(partnersPanel).doesNotContain("news-draft-write");
    }

    @Test
    void theProjectsDraftBecomesADraftArticleInBothLanguages() throws Exception {
        long id = written("/projects/" + meeting.projectId + "/news-drafts");

        NewsArticle article = news.find(meeting.coordinator, id).orElseThrow();
        assertThat(article.status()).isEqualTo(NewsStatus.DRAFT);
        assertThat(article.published()).isFalse();
        assertThat(article.projectId()).isEqualTo(meeting.projectId);
        assertThat(article.eventId()).isNull();
        assertThat(article.tags()).containsExactly("ttmeet");
        assertThat(article.titles().lv()).endsWith(" uzsāk projekta TTMeet īstenošanu");
        assertThat(article.titles().en()).endsWith(" starts the TTMeet project");
        assertThat(article.bodies().lv())
                .contains("kā vadošais partneris, kopā ar projekta partneriem no Lietuvas un Latvijas")
                .endsWith("**Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu**");
        assertThat(article.bodies().en())
                .contains("as lead partner, together with partners from Lithuania and Latvia")
                .endsWith("**With the support of the Europe for Citizens Programme of the European Union**");
        String html = markdown.toSafeHtml(article.bodies().lv());
        assertThat(html)
                .contains("<p>")
                .contains("<strong>Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu</strong>")
                .doesNotContain("**");
    }

    @Test
    void theEventsDraftIsAboutTheEventAndItsProject() throws Exception {
        long id = written("/events/" + meeting.eventId + "/news-drafts");

        NewsArticle article = news.find(meeting.coordinator, id).orElseThrow();
        assertThat(article.status()).isEqualTo(NewsStatus.DRAFT);
        assertThat(article.projectId()).isEqualTo(meeting.projectId);
        assertThat(article.eventId()).isEqualTo(meeting.eventId);
        assertThat(article.titles().lv()).isEqualTo("Projekta TTMeet iedzīvotāju tikšanās: Tikšanās Daugavpilī");
        assertThat(article.titles().en()).isEqualTo("Citizens' meeting of the TTMeet project: Meeting in Daugavpils");
        assertThat(article.bodies().lv()).startsWith("2018\\. gada 8.–10. novembrī notika projekta TTMeet");
    }

    /** issue 13: a Latvian paragraph that starts with a year stays a paragraph on the site and in the feed. */
    @Test
    void aParagraphStartingWithAYearIsNoNumberedListOnTheSiteNorInTheFeed() throws Exception {
        long id = written("/events/" + meeting.eventId + "/news-drafts");
        publications.publishProject(meeting.coordinator, meeting.projectId, true);
        publications.publishEvent(meeting.coordinator, meeting.eventId, true);
        NewsArticle article = news.publish(meeting.coordinator, id, true);

        String site = mvc.perform(get("/lv/news/" + article.slug()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String feed = mvc.perform(get("/feeds/projects/" + meeting.projectId + "/news.atom")
                        .param("lang", "lv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(site)
                .contains("<p>2018. gada 8.–10. novembrī notika projekta TTMeet")
                .doesNotContain("<ol start=\"2018\"")
                .doesNotContain("2018\\.");
        assertThat(feed)
                .contains("2018. gada 8.–10. novembrī notika projekta TTMeet")
                .doesNotContain("ol start=")
                .doesNotContain("2018\\.");
    }

    @Test
    void aPartnerMayNotAndAnOutsiderFindsNothingAndNothingIsStored() throws Exception {
        long before = articlesAboutTheProject();

        mvc.perform(post("/projects/" + meeting.projectId + "/news-drafts")
                        .cookie(partner)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/events/" + meeting.eventId + "/news-drafts")
                        .cookie(partner)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        Cookie outsider = SignIn.as(
                mvc,
                fixtures.member(fixtures.municipality(RegistryFixtures.POZNAN, "PL", "Outsider"), Role.COORDINATOR),
                TestUsers.PASSWORD);
        mvc.perform(post("/projects/" + meeting.projectId + "/news-drafts")
                        .cookie(outsider)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/events/" + meeting.eventId + "/news-drafts")
                        .cookie(outsider)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + meeting.projectId + "/news-drafts").cookie(coordinator))
                .andExpect(status().isForbidden());

        assertThat(articlesAboutTheProject()).isEqualTo(before);
    }
}
