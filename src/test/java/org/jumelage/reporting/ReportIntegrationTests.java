package org.jumelage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.Role;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.AttendanceSource;
import org.jumelage.project.ProjectManagement;
import org.jumelage.publicity.NewsArticleDraft;
import org.jumelage.publicity.NewsManagement;
import org.jumelage.publicity.Publications;
import org.jumelage.reporting.FinalReport.SectionKind;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistryFixtures;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The final report over the real modules: participation per country and delegation from the
 * attendance, a project without events, an event without attendance, a deleted event, published and
 * unpublished pages and news, the written sections through the API and the page, and who may see
 * and write what.
 */
@JumelageIntegrationTest
class ReportIntegrationTests {

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
    NewsManagement news;

    @Autowired
    ProjectReports reports;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    MeetingFixture meeting;
    String coordinator;
    String partner;
    String outsider;

    @BeforeEach
    void setUp() {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10, "LT", 10));
        coordinator = "Bearer "
                + accounts.createApiToken(meeting.coordinator.id(), "tests").secret();
        partner = "Bearer "
                + accounts.createApiToken(meeting.partnerContact.id(), "tests").secret();
        RegistryFixtures fixtures = new RegistryFixtures(organisations, accounts);
        outsider = fixtures.memberToken(
                fixtures.municipality(RegistryFixtures.POZNAN, "PL", "Urząd Miasta Poznania"), Role.COORDINATOR);
    }

    private void attendance() {
        long lt1 = meeting.person(meeting.kaunasDelegation, "Rūta", "Kazlauskienė", "LT");
        meeting.person(meeting.kaunasDelegation, "Jonas", "Petraitis", "LT");
        long lv1 = meeting.person(meeting.leadDelegation, "Anna", "Bērziņa", "LV");
        meeting.rows.present(lt1, MeetingFixture.FIRST_DAY, AttendanceSource.PAPER_LIST);
        meeting.rows.present(lt1, MeetingFixture.LAST_DAY, AttendanceSource.PAPER_LIST);
        meeting.rows.present(lv1, MeetingFixture.FIRST_DAY, AttendanceSource.PAPER_LIST);
    }

    @Test
    void participationCountsAttendedPeoplePerCountryAndDelegation() throws Exception {
        attendance();
        mvc.perform(get("/api/v1/projects/" + meeting.projectId + "/participation")
                        .header("Authorization", partner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projectId").doesNotExist())
                .andExpect(jsonPath("$.events[0].eventId").value(meeting.eventId))
                .andExpect(jsonPath("$.events[0].startDate").value("2018-11-08"))
                .andExpect(jsonPath("$.events[0].endDate").value("2018-11-10"))
                .andExpect(jsonPath("$.events[0].days").value(3))
                .andExpect(jsonPath("$.events[0].hostCountry").value("LV"))
                .andExpect(jsonPath("$.events[0].titles").doesNotExist())
                .andExpect(jsonPath("$.events[0].byCountry[?(@.country=='LT')].registered")
                        .value(2))
                .andExpect(jsonPath("$.events[0].byCountry[?(@.country=='LT')].attended")
                        .value(1))
                .andExpect(jsonPath("$.events[0].byCountry[?(@.country=='LT')].invited")
                        .value(true))
                .andExpect(jsonPath("$.events[0].byCountry[?(@.country=='LV')].attended")
                        .value(1))
                .andExpect(jsonPath("$.events[0].byDelegation[?(@.delegationId==" + meeting.kaunasDelegation
                                + ")].registered")
                        .value(2))
                .andExpect(jsonPath("$.events[0].byDelegation[?(@.delegationId==" + meeting.kaunasDelegation
                                + ")].attended")
                        .value(1))
                .andExpect(jsonPath("$.events[0].byDelegation[0].organisation").doesNotExist())
                .andExpect(jsonPath("$.events[0].invitedAttended").value(1))
                .andExpect(jsonPath("$.events[0].localAttended").value(1))
                .andExpect(jsonPath("$.events[0].thresholds").isArray())
                .andExpect(jsonPath("$.totals.registered").value(3))
                .andExpect(jsonPath("$.totals.attended").value(2))
                .andExpect(jsonPath("$.totals.invitedAttended").value(1))
                .andExpect(jsonPath("$.totals.countries").value(2));
    }

    @Test
    void whoeverMayNotSeeTheProjectIsToldItDoesNotExist() throws Exception {
        mvc.perform(get("/api/v1/projects/" + meeting.projectId + "/participation")
                        .header("Authorization", outsider))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/projects/" + meeting.projectId + "/report")
                        .header("Authorization", outsider)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\":{\"en\":\"x\"}}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + Long.MAX_VALUE + "/participation").header("Authorization", coordinator))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProjectWhoseOnlyEventWasDeletedHasNoEventsAndSaysSo() throws Exception {
        attendance();
        events.delete(meeting.coordinator, meeting.eventId);
        mvc.perform(get("/api/v1/projects/" + meeting.projectId + "/participation")
                        .header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events").isEmpty())
                .andExpect(jsonPath("$.totals.registered").value(0))
                .andExpect(jsonPath("$.totals.countries").value(0));
        FinalReport report = reports.report(meeting.coordinator, meeting.projectId, Locale.ENGLISH);
        assertThat(report.events()).isEmpty();
        assertThat(report.missing()).extracting(FinalReport.Missing::code).contains("no-events", "event-deleted");
        assertThat(report.missing())
                .filteredOn(missing -> missing.code().equals("event-deleted"))
                .singleElement()
                .satisfies(missing -> {
                    assertThat(missing.eventId()).isEqualTo(meeting.eventId);
                    assertThat(missing.text()).contains("Meeting in Daugavpils").contains("was deleted");
                });
    }

    @Test
    void anEventWithoutAttendanceIsReportedWithNobodyAttended() {
        meeting.person(meeting.kaunasDelegation, "Rūta", "Kazlauskienė", "LT");
        FinalReport report = reports.report(meeting.coordinator, meeting.projectId, new Locale("lv"));
        assertThat(report.events()).singleElement().satisfies(event -> {
            assertThat(event.attendanceRecorded()).isFalse();
            assertThat(event.days()).isEqualTo(3);
            assertThat(event.participation().byCountry())
                    .singleElement()
                    .satisfies(country -> assertThat(country.attended()).isZero());
            assertThat(event.statisticsPath()).isEqualTo("/events/" + meeting.eventId + "/statistics");
        });
        assertThat(report.missing())
                .filteredOn(missing -> missing.code().equals("no-attendance"))
                .singleElement()
                .satisfies(missing -> assertThat(missing.text()).contains("Tikšanās Daugavpilī"));
        assertThat(report.identification().measureCode()).isEqualTo("E4C-2014-TT");
        assertThat(report.identification().partnersByCountry())
                .extracting(FinalReport.CountryPartners::country)
                .contains("LV", "LT", "PL");
        assertThat(report.identification().lead()).isNotNull();
        assertThat(report.grant().columns()).isNotEmpty();
    }

    @Test
    void publishedAndUnpublishedPagesAndNewsAreToldApart() {
        var unpublished = news.create(
                meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of(null, "Draft about the meeting"),
                        LocalizedText.of(null, "Text"),
                        meeting.projectId,
                        null,
                        List.of(),
                        null));
        FinalReport before = reports.report(meeting.coordinator, meeting.projectId, Locale.ENGLISH);
        assertThat(before.dissemination().project().published()).isFalse();
        assertThat(before.dissemination().project().urls()).isEmpty();
        assertThat(before.dissemination().feeds()).isEmpty();
        assertThat(before.dissemination().news()).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(unpublished.id());
            assertThat(item.published()).isFalse();
            assertThat(item.urls()).isEmpty();
        });
        assertThat(before.missing())
                .extracting(FinalReport.Missing::code)
                .contains("project-not-public", "event-not-public");
        assertThat(reports.report(meeting.partnerContact, meeting.projectId, Locale.ENGLISH)
                        .dissemination()
                        .news())
                .as("a partner sees only public news")
                .isEmpty();

        publications.publishProject(meeting.coordinator, meeting.projectId, true);
        publications.publishEvent(meeting.coordinator, meeting.eventId, true);
        news.publish(meeting.coordinator, unpublished.id(), true);
        FinalReport after = reports.report(meeting.coordinator, meeting.projectId, Locale.ENGLISH);
        assertThat(after.dissemination().project().published()).isTrue();
        assertThat(after.dissemination().project().publishedAt()).isNotNull();
        assertThat(after.dissemination().project().urls())
                .extracting(FinalReport.Address::url)
                .anySatisfy(url -> assertThat(url).endsWith("/en/projects/" + meeting.projectId));
        assertThat(after.events().get(0).publicUrl()).endsWith("/en/events/" + meeting.eventId);
        assertThat(after.dissemination().feeds())
                .extracting(FinalReport.Feed::kind)
                .contains("news-rss", "events-ics");
        assertThat(after.dissemination().news()).singleElement().satisfies(item -> {
            assertThat(item.published()).isTrue();
            assertThat(item.urls()).isNotEmpty();
        });
        assertThat(after.missing())
                .extracting(FinalReport.Missing::code)
                .doesNotContain("project-not-public", "event-not-public");
    }

    @Test
    void editorsSaveTheWrittenSectionsAndBadInputChangesNothing() throws Exception {
        String url = "/api/v1/projects/" + meeting.projectId + "/report";
        mvc.perform(
                        put(url).header("Authorization", coordinator)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"summary\":{\"lv\":\"Kopsavilkums\",\"en\":\"Summary\"},\"impact\":{\"en\":\"Lasting ties\"}}"))
                .andExpect(status().isNoContent());
        assertThat(reports.report(meeting.coordinator, meeting.projectId, Locale.ENGLISH)
                        .sections())
                .extracting(section -> section.kind() + "/" + section.language() + "/" + section.text())
                .containsExactly("SUMMARY/lv/Kopsavilkums", "SUMMARY/en/Summary", "IMPACT/en/Lasting ties");
        assertThat(audit.entries("reporting.sections.saved", PageRequest.of(0, 5))
                        .getContent())
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo("project " + meeting.projectId));

        mvc.perform(put(url).header("Authorization", coordinator)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\":{\"en\":\"Changed\",\"de\":\"Zusammenfassung\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("reporting.unknown-language"))
                .andExpect(jsonPath("$.errors[0].field").value("summary.de"));
        mvc.perform(put(url).header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\":{\"en\":\"Changed\"},\"deviations\":{\"en\":\""
                                + "x".repeat(ReportSections.TEXT_MAX + 1) + "\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("reporting.text-too-long"));
        mvc.perform(put(url).header("Authorization", partner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\":{\"en\":\"Changed\"}}"))
                .andExpect(status().isForbidden());
        assertThat(reports.report(meeting.coordinator, meeting.projectId, Locale.ENGLISH)
                        .sections(SectionKind.SUMMARY))
                .extracting(FinalReport.WrittenSection::text)
                .containsExactly("Kopsavilkums", "Summary");

        mvc.perform(put(url).header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\":{\"lv\":\"\"}}"))
                .andExpect(status().isNoContent());
        assertThat(reports.report(meeting.coordinator, meeting.projectId, Locale.ENGLISH)
                        .sections(SectionKind.SUMMARY))
                .extracting(FinalReport.WrittenSection::language)
                .containsExactly("en");
    }

    @Test
    void thePageShowsEverySectionAndLetsOnlyEditorsWrite() throws Exception {
        attendance();
        Cookie editor = SignIn.as(mvc, meeting.coordinatorEmail, TestUsers.PASSWORD);
        Cookie viewer = SignIn.as(mvc, meeting.partnerEmail, TestUsers.PASSWORD);
        String page = "/projects/" + meeting.projectId + "/report";
        mvc.perform(get(page).cookie(editor).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                containsString("id=\"sections\""),
                                containsString("/projects/" + meeting.projectId + "/report/download?format=pdf"),
                                containsString("/projects/" + meeting.projectId + "/evidence-pack"),
                                containsString("/events/" + meeting.eventId + "/statistics"),
                                containsString("id=\"report-identification\""),
                                containsString("id=\"total-attended\">2<"),
                                containsString("data-code=\"no-summary\""))));
        mvc.perform(get(page).cookie(viewer))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                containsString("id=\"report-read-only\""), not(containsString("id=\"sections\"")))));
        mvc.perform(post(page).cookie(viewer).with(csrf()).param("summaryEn", "Mine"))
                .andExpect(status().isForbidden());

        mvc.perform(post(page).cookie(editor).with(csrf()).param("draft", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                containsString("id=\"report-drafted\""), containsString("Meeting in Daugavpils"))));
        assertThat(reports.report(meeting.coordinator, meeting.projectId, Locale.ENGLISH)
                        .sections())
                .as("a draft is not saved")
                .isEmpty();

        mvc.perform(post(page)
                        .cookie(editor)
                        .with(csrf())
                        .param("summaryEn", "x".repeat(ReportSections.SUMMARY_MAX + 1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("id=\"summaryEn-errors\"")));
        mvc.perform(post(page)
                        .cookie(editor)
                        .with(csrf())
                        .param("summaryEn", "Our summary")
                        .param("impactLv", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page + "#sections"));
        assertThat(reports.report(meeting.coordinator, meeting.projectId, Locale.ENGLISH)
                        .sections())
                .extracting(FinalReport.WrittenSection::text)
                .containsExactly("Our summary");
    }

    @Test
    void theProjectPageLinksToTheReport() throws Exception {
        Cookie viewer = SignIn.as(mvc, meeting.partnerEmail, TestUsers.PASSWORD);
        mvc.perform(get("/projects/" + meeting.projectId).cookie(viewer))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("href=\"/projects/" + meeting.projectId + "/report\"")));
    }
}
