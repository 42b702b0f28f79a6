package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.participation.ListFormat;
import org.jumelage.participation.ParticipantLists;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.publicity.PublicSiteFixture;
import org.jumelage.publicity.Publications;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.LanguageTexts;
import org.jumelage.support.ParticipantRows;
import org.jumelage.support.RegistrationFixtures;
import org.jumelage.support.RegistrationFixtures.Meeting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The PDFs participants and partners read, in Cyrillic (Serbian, Bulgarian, Ukrainian) and Greek: the
 * information page's PDF and the participant list carry their headings as text that can be copied
 * (every letter has its glyph; a missing glyph would show as {@code #} or be lost), and embed their fonts.
 */
@JumelageIntegrationTest
class LanguagePdfIntegrationTests {

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
    RegistrationSettingsManagement settings;

    @Autowired
    ParticipantLists lists;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    static String text(String tag, String key) {
        String text = LanguageTexts.of(tag).getProperty(key);
        assertThat(text).as("%s in the texts of %s", key, tag).isNotBlank();
        return text;
    }

    /** The PDF's text with its lines joined, as a reader copying it gets it. */
    static String textOf(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("[\\h\\s]+", " ");
    }

    /** The fonts of the PDF's pages that are not embedded. */
    static List<String> fontsNotEmbedded(PDDocument pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (!font.isEmbedded()) {
                    missing.add(font.getName());
                }
            }
        }
        return missing;
    }

    static void assertReadable(PDDocument pdf, String tag, List<String> keys) throws IOException {
        String text = textOf(pdf);
        for (String key : keys) {
            assertThat(text)
                    .as("the PDF in %s shows %s", tag, key)
                    .contains(text(tag, key).replaceAll("[\\h\\s]+", " "));
        }
        assertThat(text).as("letters without a glyph").doesNotContain("\uFFFD").doesNotContain("##");
        assertThat(fontsNotEmbedded(pdf)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sr", "bg", "uk", "el"})
    void theInformationPagePdfIsReadableInCyrillicAndGreek(String tag) throws Exception {
        PublicSiteFixture site =
                new PublicSiteFixture(organisations, accounts, projects, events, publications, jdbc, clock);

        byte[] content = mvc.perform(get("/" + tag + "/events/" + site.pastEventId + "/information.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (PDDocument pdf = Loader.loadPDF(content)) {
            assertReadable(
                    pdf,
                    tag,
                    List.of(
                            "publicity.site.information.heading",
                            "publicity.site.information.participants",
                            "publicity.site.information.programme"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sr", "bg", "uk", "el"})
    void theParticipantListIsInTheEventsLanguageInCyrillicAndGreek(String tag) throws Exception {
        Meeting meeting =
                new RegistrationFixtures(organisations, accounts, projects, events, settings, jdbc).meeting(null);
        // The event's working language as stored (the settings form offers the languages it offers).
        jdbc.sql("update event_registration_settings set working_languages = :language where event_id = :event")
                .param("language", tag)
                .param("event", meeting.eventId())
                .update();
        boolean greek = tag.equals("el");
        String first = greek ? "Ελένη" : "Милица";
        String last = greek ? "Παπαδοπούλου" : "Петровић-Їжак";
        new ParticipantRows(jdbc).registration(meeting.eventId(), meeting.delegationId(), first, last, "LT");

        byte[] content = lists.export(meeting.coordinator(), meeting.eventId(), null, null, ListFormat.PDF)
                .content();

        try (PDDocument pdf = Loader.loadPDF(content)) {
            assertThat(textOf(pdf)).contains(first).contains(last);
            assertThat(fontsNotEmbedded(pdf)).isEmpty();
            assertReadable(pdf, tag, List.of("event.lists.doc.title", "event.lists.doc.project"));
        }
    }
}
