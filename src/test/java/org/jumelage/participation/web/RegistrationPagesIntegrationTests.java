package org.jumelage.participation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The registration pages: public links without an account, in both languages; the personal page; the settings. */
@JumelageIntegrationTest
class RegistrationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationSettingsManagement settings;

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

    Meeting meeting;

    @BeforeEach
    void setUp() {
        meeting = new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
    }

    Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    MockHttpServletRequestBuilder fill(MockHttpServletRequestBuilder request, String email) {
        return fill(request, email, "Kazlauskienė", "LT", "true");
    }

    MockHttpServletRequestBuilder fill(
            MockHttpServletRequestBuilder request, String email, String lastName, String country, String consent) {
        return fill(request, email, lastName, country, consent, "Kaunas");
    }

    MockHttpServletRequestBuilder fill(
            MockHttpServletRequestBuilder request,
            String email,
            String lastName,
            String country,
            String consent,
            String town) {
        return request.with(csrf())
                .param("firstName", "Aistė")
                .param("lastName", lastName)
                .param("email", email)
                .param("town", town)
                .param("country", country)
                .param("gender", "female")
                .param("consent", consent);
    }

    long rows() {
        return jdbc.sql("select count(*) from event_registration where event_id = :event")
                .param("event", meeting.eventId())
                .query(Long.class)
                .single();
    }

    @Test
    void theDelegationLinkShowsTheFormInEnglishAndLatvianWithoutAnAccount() throws Exception {
        Document english = page(get("/register/d/" + meeting.delegationToken()).param("lang", "en"), 200);
        assertThat(english.select("h1").text()).isEqualTo("Register for Town twinning meeting");
        assertThat(english.select("#registration-working-languages").text()).isEqualTo("Latvian, English");
        assertThat(english.select("#registration-delegation").text())
                .contains("Kauno miesto savivaldybė")
                .contains("(Lithuania)");
        assertThat(english.select("#consent-text").text()).startsWith("I agree that my data");
        assertThat(english.select("select#country option[selected]").val()).isEqualTo("LT");
        assertThat(english.select("input#town").attr("hx-get")).isEqualTo("/register/towns/options?field=town");
        Document options = page(get("/register/towns/options").param("town", "kauna"), 200);
        assertThat(options.select("option").eachAttr("value")).contains("Kaunas (LT)");

        Document latvian = page(get("/register/d/" + meeting.delegationToken()).param("lang", "lv"), 200);
        assertThat(latvian.select("h1").text()).isEqualTo("Pieteikšanās: Pilsētu sadraudzības tikšanās");
        assertThat(latvian.select("#registration-working-languages").text()).isEqualTo("latviešu, angļu");
        assertThat(latvian.select("#consent-text").text()).startsWith("Piekrītu");
        assertThat(latvian.select("label[for=firstName]").text()).isEqualTo("Vārds");
    }

    @Test
    void registeringThroughTheDelegationLinkLeadsToTheConfirmationAndThePersonalPage() throws Exception {
        String email = TestUsers.uniqueEmail("aiste");
        String location = mvc.perform(fill(post("/register/d/" + meeting.delegationToken()), email)
                        .param("lang", "en"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/registration/").endsWith("/confirmed");
        String token = location.substring("/registration/".length(), location.length() - "/confirmed".length());
        Document confirmation = page(get(location).param("lang", "en"), 200);
        assertThat(confirmation.select("#registration-status").text())
                .isEqualTo("Your registration for Town twinning meeting is confirmed.");

        Document personal = page(get("/registration/" + token).param("lang", "lv"), 200);
        assertThat(personal.select("#registration-status").text()).isEqualTo("Apstiprināta");
        assertThat(personal.select("#registration-qr").attr("src")).isEqualTo("/registration/" + token + "/qr.svg");
        String shortCode = jdbc.sql("select short_code from event_registration where manage_token = :t")
                .param("t", token)
                .query(String.class)
                .single();
        assertThat(personal.select("#registration-code").text())
                .isEqualTo("Ierašanās kods: " + org.jumelage.participation.CheckInCode.display(shortCode));
        assertThat(personal.select("input#town").val()).isEqualTo("Kaunas (LT)");
        mvc.perform(get("/registration/" + token + "/qr.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/svg+xml"))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("<svg")));
        String delegation = jdbc.sql("select delegation_id from event_registration where manage_token = :t")
                .param("t", token)
                .query(String.class)
                .single();
        assertThat(delegation).isEqualTo(String.valueOf(meeting.delegationId()));

        // Change, then cancel after the confirmation page.
        mvc.perform(fill(post("/registration/" + token), email, "Kazlauskaitė", "LT", "true"))
                .andExpect(status().isFound());
        page(get("/registration/" + token + "/cancel"), 200);
        mvc.perform(post("/registration/" + token + "/cancel").with(csrf())).andExpect(status().isFound());
        Document cancelled = page(get("/registration/" + token).param("lang", "en"), 200);
        assertThat(cancelled.select("#registration-status").text()).isEqualTo("Cancelled");
        assertThat(cancelled.select("#registration-qr")).isEmpty();
        assertThat(jdbc.sql("select last_name from event_registration where manage_token = :t")
                        .param("t", token)
                        .query(String.class)
                        .single())
                .isEqualTo("Kazlauskaitė");
    }

    @Test
    void choosingATownOnThePublicFormGivesTheCountryWhenNoneWasChosen() throws Exception {
        Document form = page(get("/register/" + meeting.publicToken()).param("lang", "en"), 200);
        // The page's script fills the country select from the chosen town's text.
        assertThat(form.select("input#town").attr("data-country-select")).isEqualTo("country");
        assertThat(form.select("script[src=/js/town-country.js]")).hasSize(1);
        mvc.perform(get("/js/town-country.js")).andExpect(status().isOk());

        String email = TestUsers.uniqueEmail("piotr");
        mvc.perform(post("/register/" + meeting.publicToken())
                        .with(csrf())
                        .param("lang", "en")
                        .param("firstName", "Piotr")
                        .param("lastName", "Nowak")
                        .param("email", email)
                        .param("town", "Poznań, Greater Poland (PL)")
                        .param("country", "")
                        .param("consent", "true"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("select town_id || ' ' || country from event_registration where email = :email")
                        .param("email", email)
                        .query(String.class)
                        .single())
                .isEqualTo("3088171 PL");
    }

    @Test
    void badInputAnswers422WithInlineErrorsInTheReadersLanguageAndStoresNothing() throws Exception {
        long before = rows();
        Document english = page(
                // A town the gazetteer does not know brings no country, so the country is missing.
                fill(
                                post("/register/" + meeting.publicToken()),
                                "not-an-address",
                                "Kazlauskienė",
                                "",
                                "false",
                                "Atlantis")
                        .param("lang", "en"),
                422);
        assertThat(english.select("#email-errors").text()).isEqualTo("This is not a valid e-mail address.");
        assertThat(english.select("#country-errors").text()).isEqualTo("Choose a country.");
        assertThat(english.select("#consent-errors").text()).isEqualTo("You must accept the consent text to register.");
        assertThat(english.select("input#firstName").val()).isEqualTo("Aistė");

        Document latvian = page(
                fill(post("/register/" + meeting.publicToken()), "not-an-address")
                        .param("lang", "lv"),
                422);
        assertThat(latvian.select("#email-errors").text()).isEqualTo("Šī nav derīga e-pasta adrese.");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void unknownLinksAre404AndAClosedEventSaysSo() throws Exception {
        mvc.perform(get("/register/no-such-token")).andExpect(status().isNotFound());
        mvc.perform(get("/register/d/no-such-token")).andExpect(status().isNotFound());
        mvc.perform(get("/registration/no-such-token")).andExpect(status().isNotFound());
        mvc.perform(get("/registration/no-such-token/qr.svg")).andExpect(status().isNotFound());

        var current = org.jumelage.participation.RegistrationSettingsDraft.of(
                settings.settings(meeting.coordinator(), meeting.eventId()));
        settings.update(
                meeting.coordinator(),
                meeting.eventId(),
                new org.jumelage.participation.RegistrationSettingsDraft(
                        false,
                        null,
                        null,
                        null,
                        true,
                        current.workingLanguages(),
                        current.questions(),
                        current.consentText()));
        Document closed = page(get("/register/" + meeting.publicToken()).param("lang", "en"), 200);
        assertThat(closed.select("#registration-state").text()).isEqualTo("Registration for this event is closed.");
        assertThat(closed.select("#registration-form")).isEmpty();
        long before = rows();
        Document refused = page(fill(post("/register/" + meeting.publicToken()), TestUsers.uniqueEmail("late")), 422);
        assertThat(refused.select(".alert-warning").text()).isEqualTo("Registration for this event is closed.");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theConsentTextIsWrittenInTheWorkingLanguagesAndShownWithTheFallbackNote() throws Exception {
        Cookie coordinator = SignIn.as(mvc, meeting.coordinatorEmail(), TestUsers.PASSWORD);
        mvc.perform(post("/events/" + meeting.eventId() + "/registration")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("open", "true")
                        .param("publicLink", "true")
                        .param("workingLanguages", "pl")
                        .param("workingLanguages", "sr-Latn")
                        .param("consentOthers[pl]", "Wyrażam zgodę.")
                        .param("consentOthers[sr-Latn]", "Saglasan sam."))
                .andExpect(status().isFound());
        var stored = settings.settings(meeting.coordinator(), meeting.eventId());
        assertThat(stored.workingLanguages()).containsExactly("pl", "sr-Latn");
        assertThat(stored.consentText().get("pl")).contains("Wyrażam zgodę.");

        Document form = page(
                get("/events/" + meeting.eventId() + "/registration")
                        .cookie(coordinator)
                        .param("lang", "en"),
                200);
        assertThat(form.select("input[name=workingLanguages][checked]").eachAttr("value"))
                .containsExactly("pl", "sr-Latn");
        assertThat(form.getElementById("consentOthers-pl").text()).isEqualTo("Wyrażam zgodę.");
        assertThat(form.selectFirst("label[for=consentOthers-pl]").text()).isEqualTo("Consent text (Polish)");

        Document english = page(get("/register/" + meeting.publicToken()).param("lang", "en"), 200);
        assertThat(english.select("#consent-text").text()).isEqualTo("Wyrażam zgodę.");
        assertThat(english.select("#consent-text").attr("lang")).isEqualTo("pl");
        assertThat(english.select(".content-fallback").text()).isEqualTo("Not available in English; shown in Polish.");

        Document refused = page(
                post("/events/" + meeting.eventId() + "/registration")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("open", "true")
                        .param("workingLanguages", "pl")
                        .param("consentOthers[pl]", "a".repeat(5001))
                        .param("lang", "en"),
                422);
        assertThat(refused.select("#consentOthers-pl-errors").text()).startsWith("This text is too long");
        assertThat(settings.settings(meeting.coordinator(), meeting.eventId())
                        .consentText()
                        .get("pl"))
                .contains("Wyrażam zgodę.");
    }

    @Test
    void coordinatorsSeeTheRegistrationSectionAndChangeTheSettings() throws Exception {
        Cookie coordinator = SignIn.as(mvc, meeting.coordinatorEmail(), TestUsers.PASSWORD);
        Document event =
                page(get("/events/" + meeting.eventId()).cookie(coordinator).param("lang", "en"), 200);
        assertThat(event.select("#event-registration-state").text()).isEqualTo("Registration is open.");
        assertThat(event.select("#event-public-link").val())
                .isEqualTo("http://localhost:8080/register/" + meeting.publicToken());
        assertThat(event.select("#event-registration-counts").text())
                .isEqualTo("0 confirmed, 0 on the waiting list, 0 cancelled.");

        mvc.perform(post("/events/" + meeting.eventId() + "/registration")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("open", "true")
                        .param("capacity", "25")
                        .param("publicLink", "true")
                        .param("workingLanguages", "en")
                        .param("askGender", "true")
                        .param("consentLv", "Jauns teksts")
                        .param("consentEn", "New text"))
                .andExpect(status().isFound());
        var stored = settings.settings(meeting.coordinator(), meeting.eventId());
        assertThat(stored.capacity()).isEqualTo(25);
        assertThat(stored.workingLanguages()).containsExactly("en");
        assertThat(stored.questions().ageBand()).isFalse();
        assertThat(stored.consentVersion()).isEqualTo(2);

        Document bad = page(
                post("/events/" + meeting.eventId() + "/registration")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("open", "true")
                        .param("capacity", "-1")
                        .param("workingLanguages", "en")
                        .param("lang", "en"),
                422);
        assertThat(bad.select("#capacity-errors").text()).isEqualTo("The capacity cannot be negative.");

        Cookie partner = SignIn.as(mvc, meeting.partnerEmail(), TestUsers.PASSWORD);
        mvc.perform(get("/events/" + meeting.eventId() + "/registration").cookie(partner))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aPartnerContactSeesThePublicLinkOnlyWhileItTakesRegistrationsAndNotTheSettings() throws Exception {
        Cookie partner = SignIn.as(mvc, meeting.partnerEmail(), TestUsers.PASSWORD);
        Document open = page(get("/events/" + meeting.eventId()).cookie(partner).param("lang", "en"), 200);
        assertThat(open.select("#event-registration-state").text()).isEqualTo("Registration is open.");
        assertThat(open.select("#event-public-link").val())
                .isEqualTo("http://localhost:8080/register/" + meeting.publicToken());
        assertThat(open.select("#event-registration-settings")).isEmpty();
        mvc.perform(get("/events/" + meeting.eventId() + "/registration").cookie(partner))
                .andExpect(status().isForbidden());

        // Closed, the link is no longer public: its token is the editors' business only.
        jdbc.sql("update event_registration_settings set registration_open = false where event_id = :event")
                .param("event", meeting.eventId())
                .update();
        Document closed =
                page(get("/events/" + meeting.eventId()).cookie(partner).param("lang", "en"), 200);
        assertThat(closed.select("#event-registration-state").text()).isEqualTo("Registration is closed.");
        assertThat(closed.select("#event-public-link")).isEmpty();
        assertThat(closed.html()).doesNotContain(meeting.publicToken());
    }
}
