package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.Role;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The drafts API: a project's and an event's draft in Latvian and English for the project's editors,
 * a refusal for partners who only see the project, nothing for others, and a missing or unknown
 * language refused with a message in the caller's language.
 */
@JumelageIntegrationTest
class NewsDraftApiIntegrationTests {

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
    JdbcClient jdbc;

    MeetingFixture meeting;
    String coordinator;
    String partner;

    @BeforeEach
    void setUp() {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10));
        coordinator = "Bearer "
                + accounts.createApiToken(meeting.coordinator.id(), "tests").secret();
        partner = "Bearer "
                + accounts.createApiToken(meeting.partnerContact.id(), "tests").secret();
    }

    ResultActions draft(String what, long id, String token, String body, String acceptLanguage) throws Exception {
        return mvc.perform(post("/api/v1/" + what + "/" + id + "/news-drafts")
                .header("Authorization", token)
                .header("Accept-Language", acceptLanguage)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    String lead() {
        return projects.find(meeting.coordinator, meeting.projectId)
                .orElseThrow()
                .summary()
                .lead()
                .name()
                .lv();
    }

    @Test
    void writesTheProjectsDraftInLatvianAndEnglish() throws Exception {
        String lv = draft("projects", meeting.projectId, coordinator, "{\"language\":\"lv\"}", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(lead() + " uzsāk projekta TTMeet īstenošanu"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String body = JsonPath.read(lv, "$.body");
        assertThat(body)
                .startsWith(lead() + ", kā vadošais partneris, kopā ar projekta partneriem no Lietuvas un Latvijas"
                        + " īsteno projektu TTMeet Eiropas Savienības programmas „Eiropa pilsoņiem” (2014–2020)")
                .contains("Projektā piedalās arī viesi no Polijas: ")
                .contains("2018\\. gada 8.–10. novembrī")
                .contains("„Tikšanās Daugavpilī”")
                .contains("Norises vieta: Daugavpils (Latvija).")
                .contains("Īstenošanas termiņš: 08.11.2018.–12.11.2018.")
                .endsWith("**Ar Eiropas Savienības programmas „Eiropa pilsoņiem” atbalstu**");

        String en = draft("projects", meeting.projectId, coordinator, "{\"language\":\"en\"}", "lv")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(en, "$.body"))
                .contains(", as lead partner, together with partners from Lithuania and Latvia, is carrying out")
                .contains("8–10 November 2018")
                .contains("Location: Daugavpils (Latvia).")
                .endsWith("**With the support of the Europe for Citizens Programme of the European Union**");
    }

    @Test
    void writesAnEventsDraft() throws Exception {
        draft("events", meeting.eventId, coordinator, "{\"language\":\" EN \"}", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Citizens' meeting of the TTMeet project: Meeting in Daugavpils"))
                .andExpect(jsonPath("$.body")
                        .value(org.hamcrest.Matchers.startsWith("The citizens' meeting “Meeting in Daugavpils” of the"
                                + " TTMeet project took place on 8–10 November 2018. Location: Daugavpils (Latvia).")));
        draft("events", meeting.eventId, coordinator, "{\"language\":\"lv\"}", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Projekta TTMeet iedzīvotāju tikšanās: Tikšanās Daugavpilī"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"language\":null}", "{\"language\":\"  \"}", ""})
    void aMissingLanguageIsRefusedInTheCallersLanguage(String body) throws Exception {
        draft("projects", meeting.projectId, coordinator, body, "lv")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.draft.language-required"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Norādiet, kurā valodā")))
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        draft("events", meeting.eventId, coordinator, body, "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Say in which language to write the draft")));
    }

    @Test
    void anUnknownLanguageIsRefusedNamingIt() throws Exception {
        draft("projects", meeting.projectId, coordinator, "{\"language\":\"de\"}", "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.draft.language-unknown"))
                .andExpect(jsonPath("$.detail")
                        .value("A draft cannot be written in \"de\": the language must be \"lv\" (Latvian) or \"en\""
                                + " (English)."));
        draft("events", meeting.eventId, coordinator, "{\"language\":\"" + "x".repeat(500) + "\"}", "lv")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail")
                        .value("Melnrakstu nevar uzrakstīt valodā \"" + "x".repeat(20) + "…\": valodai jābūt \"lv\""
                                + " (latviešu) vai \"en\" (angļu)."));
    }

    @Test
    void someoneWhoMayNotSeeTheProjectGetsNothing() throws Exception {
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        String stranger = fixtures.memberToken(
                fixtures.municipality(RegistryFixtures.POZNAN, "PL", "Poznań outsider"), Role.COORDINATOR);
        draft("projects", meeting.projectId, stranger, "{\"language\":\"lv\"}", "en")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("publicity.project-not-found"));
        draft("events", meeting.eventId, stranger, "{\"language\":\"en\"}", "en")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("publicity.event-not-found"));
        draft("projects", Long.MAX_VALUE, coordinator, "{\"language\":\"lv\"}", "en")
                .andExpect(status().isNotFound());
    }

    @Test
    void aPartnerContactWhoOnlySeesTheProjectIsRefusedADraft() throws Exception {
        draft("projects", meeting.projectId, partner, "{\"language\":\"en\"}", "en")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("publicity.not-allowed"))
                .andExpect(jsonPath("$.body").doesNotExist());
        draft("events", meeting.eventId, partner, "{\"language\":\"lv\"}", "en")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("publicity.not-allowed"));
    }

    @Test
    void withoutSignInThereIsNoDraft() throws Exception {
        mvc.perform(post("/api/v1/projects/" + meeting.projectId + "/news-drafts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\":\"lv\"}"))
                .andExpect(status().isUnauthorized());
    }
}
