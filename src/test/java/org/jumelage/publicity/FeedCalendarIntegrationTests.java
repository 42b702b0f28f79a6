package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventDraft;
import org.jumelage.event.EventManagement;
import org.jumelage.event.EventType;
import org.jumelage.event.HostPlaceInput;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.jumelage.support.RegistryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The iCalendar feeds of public events, read back with ical4j's parser and validator: only public
 * events of public projects, one all-day VEVENT each in the feed's language (falling back to the
 * other, marked), a 404 for a project that is not public, a 400 for an unknown language, and 304
 * for a reader whose copy is current.
 */
@JumelageIntegrationTest
class FeedCalendarIntegrationTests {

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
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    MeetingFixture published;
    long unpublishedEvent;
    long englishOnlyEvent;
    MeetingFixture hidden;

    @BeforeEach
    void setUp() {
        published = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10));
        unpublishedEvent = event(published, LocalizedText.of("Nepublicēta tikšanās", "Unpublished meeting"));
        englishOnlyEvent = event(published, LocalizedText.of(null, "Closing conference in Kaunas"));
        publications.publishProject(published.coordinator, published.projectId, true);
        publications.publishEvent(published.coordinator, published.eventId, true);
        publications.publishEvent(published.coordinator, englishOnlyEvent, true);
        // An event published in a project that is not: not public either.
        hidden = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 5));
        publications.publishEvent(hidden.coordinator, hidden.eventId, true);
    }

    long event(MeetingFixture meeting, LocalizedText titles) {
        return events.create(
                        meeting.coordinator,
                        meeting.projectId,
                        new EventDraft(
                                titles,
                                EventType.CONFERENCE,
                                List.of(new HostPlaceInput(RegistryFixtures.KAUNAS, null, null)),
                                "Town hall",
                                LocalDate.of(2019, 3, 14),
                                LocalDate.of(2019, 3, 15),
                                null,
                                LocalizedText.of("Darba kārtība", "Agenda of the conference"),
                                Map.of()))
                .id();
    }

    @Test
    void theCalendarOfAllEventsHasThePublicEventsOnlyAndIsValid() throws Exception {
        MvcResult result = mvc.perform(get("/feeds/events.ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public")))
                .andExpect(header().exists("ETag"))
                .andExpect(header().exists("Last-Modified"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        Calendar calendar = parseAndValidate(result);

        assertThat(calendar.getProperty("PRODID")).isPresent();
        assertThat(value(calendar.getProperty("VERSION"))).isEqualTo("2.0");
        assertThat(value(calendar.getProperty("X-WR-CALNAME")))
                .isEqualTo("Public events of the town twinning projects");
        assertThat(uids(calendar))
                .contains(uid(published.eventId), uid(englishOnlyEvent))
                .doesNotContain(uid(unpublishedEvent), uid(hidden.eventId));

        VEvent meeting = vevent(calendar, published.eventId);
        assertThat(meeting.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20181108");
        assertThat(meeting.getProperty("DTSTART").orElseThrow().getParameter("VALUE"))
                .map(Object::toString)
                .hasValue("VALUE=DATE");
        // DTEND of an all-day event is exclusive: the day after the last day (10 November).
        assertThat(meeting.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20181111");
        assertThat(value(meeting.getProperty("SUMMARY"))).isEqualTo("Meeting in Daugavpils");
        assertThat(value(meeting.getProperty("LOCATION"))).contains("Daugavpils");
        assertThat(value(meeting.getProperty("URL"))).isEqualTo("http://localhost:8080/en/events/" + published.eventId);
        assertThat(value(meeting.getProperty("DESCRIPTION"))).startsWith("Project: Town twinning for change");
        assertThat(meeting.getProperty("DTSTAMP")).isPresent();
    }

    @Test
    void aProjectsCalendarIsInTheAskedLanguageWithTheOtherAsMarkedFallback() throws Exception {
        Calendar calendar = parseAndValidate(mvc.perform(get("/feeds/projects/" + published.projectId + "/events.ics")
                        .param("lang", "lv"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(value(calendar.getProperty("X-WR-CALNAME"))).isEqualTo("Pilsētu sadraudzība pārmaiņām: sanāksmes");
        assertThat(uids(calendar)).containsExactlyInAnyOrder(uid(published.eventId), uid(englishOnlyEvent));

        VEvent meeting = vevent(calendar, published.eventId);
        assertThat(value(meeting.getProperty("SUMMARY"))).isEqualTo("Tikšanās Daugavpilī");
        assertThat(language(meeting, "SUMMARY")).isEqualTo("lv");
        assertThat(value(meeting.getProperty("URL"))).isEqualTo("http://localhost:8080/lv/events/" + published.eventId);
        assertThat(value(meeting.getProperty("DESCRIPTION"))).startsWith("Projekts: Pilsētu sadraudzība pārmaiņām");

        VEvent closing = vevent(calendar, englishOnlyEvent);
        assertThat(value(closing.getProperty("SUMMARY"))).isEqualTo("Closing conference in Kaunas");
        assertThat(language(closing, "SUMMARY")).isEqualTo("en");
        assertThat(value(closing.getProperty("LOCATION"))).startsWith("Town hall, ");
        assertThat(closing.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20190316");
    }

    @Test
    void aPublicProjectWithoutPublicEventsHasAnEmptyCalendar() throws Exception {
        MeetingFixture quiet = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 3));
        publications.publishProject(quiet.coordinator, quiet.projectId, true);

        Calendar calendar = parseAndValidate(mvc.perform(get("/feeds/projects/" + quiet.projectId + "/events.ics"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(uids(calendar)).isEmpty();
        assertThat(value(calendar.getProperty("X-WR-CALNAME"))).isEqualTo("Town twinning for change: events");
    }

    @Test
    void theCalendarOfAProjectThatIsNotPublicDoesNotExist() throws Exception {
        mvc.perform(get("/feeds/projects/" + hidden.projectId + "/events.ics").param("lang", "lv"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("text/plain;charset=UTF-8"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("nav publicēts")));
        mvc.perform(get("/feeds/projects/999999999/events.ics"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("no public project 999999999")));

        publications.publishProject(published.coordinator, published.projectId, false);

        mvc.perform(get("/feeds/projects/" + published.projectId + "/events.ics"))
                .andExpect(status().isNotFound());
        Calendar all = parseAndValidate(
                mvc.perform(get("/feeds/events.ics")).andExpect(status().isOk()).andReturn());
        assertThat(uids(all)).doesNotContain(uid(published.eventId), uid(englishOnlyEvent));
    }

    @Test
    void anUnknownLanguageIsRefusedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/feeds/events.ics").param("lang", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("text/plain;charset=UTF-8"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=lv")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"ru\"")));
        mvc.perform(get("/feeds/projects/" + published.projectId + "/events.ics")
                        .param("lang", "<script>alert(1)</script>-and-more-text")
                        .header("Accept-Language", "lv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("plūsmas nav")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("-and-more-text"))));
    }

    @Test
    void aReaderWithACurrentCopyGets304AndAChangeGivesANewVersion() throws Exception {
        String path = "/feeds/projects/" + published.projectId + "/events.ics";
        MvcResult first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        String lastModified = first.getResponse().getHeader("Last-Modified");
        assertThat(etag).startsWith("\"");

        mvc.perform(get(path).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(content().string(""));
        mvc.perform(get(path).header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());
        // The other language is another document.
        mvc.perform(get(path).param("lang", "lv").header("If-None-Match", etag)).andExpect(status().isOk());

        clock.advance(Duration.ofSeconds(5));
        publications.publishEvent(published.coordinator, englishOnlyEvent, false);

        MvcResult changed = mvc.perform(get(path).header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        mvc.perform(get(path).header("If-Modified-Since", lastModified)).andExpect(status().isOk());
        assertThat(uids(parseAndValidate(changed))).containsExactly(uid(published.eventId));
    }

    // --- helpers -------------------------------------------------------------------------------------

    static Calendar parseAndValidate(MvcResult result) throws Exception {
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        return calendar;
    }

    static String uid(long eventId) {
        return "jumelage-event-" + eventId + "@localhost";
    }

    static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(event -> value(event.getProperty("UID")))
                .toList();
    }

    static VEvent vevent(Calendar calendar, long eventId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> value(event.getProperty("UID")).equals(uid(eventId)))
                .findFirst()
                .orElseThrow();
    }

    static String language(VEvent event, String property) {
        return event.getProperty(property)
                .orElseThrow()
                .getParameter("LANGUAGE")
                .map(parameter -> parameter.getValue())
                .orElse("");
    }

    static String value(Optional<? extends Property> property) {
        return property.map(Property::getValue).orElse("");
    }
}
