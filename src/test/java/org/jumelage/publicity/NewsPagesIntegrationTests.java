package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.SignIn;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The editors' news pages: forms show each refusal on its field in the user's language (the
 * coordinator reads Latvian) and store nothing; the preview renders sanitised HTML; publication and
 * images work without JavaScript; the publication panel lists the project's articles.
 */
@JumelageIntegrationTest
class NewsPagesIntegrationTests {

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
    JdbcClient jdbc;

    @Autowired
    Publications publications;

    /** The coordinator reads Latvian: the language cookie that signing in sets in a browser. */
    static final Cookie LATVIAN = new Cookie("JUMELAGE_LANG", "lv");

    MeetingFixture meeting;
    Cookie coordinator;

    @BeforeEach
    void setUp() throws Exception {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10));
        // an article is public only while its project and event are (issue 12)
        publications.publishProject(meeting.coordinator, meeting.projectId, true);
        publications.publishEvent(meeting.coordinator, meeting.eventId, true);
        coordinator = SignIn.as(mvc, meeting.coordinatorEmail, TestUsers.PASSWORD);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletRequestBuilder form(String url, String titleEn, String bodyEn) {
        return form(url, titleEn, bodyEn, Map.of());
    }

    /** The form as a browser sends it, with some fields changed. */
    MockHttpServletRequestBuilder form(String url, String titleEn, String bodyEn, Map<String, String> changed) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("titleLv", "Tikšanās");
        fields.put("titleEn", titleEn);
        fields.put("bodyLv", "Teksts.");
        fields.put("bodyEn", bodyEn);
        fields.put("slug", "");
        fields.put("publishAt", "");
        fields.put("tags", "town twinning, Europe");
        fields.put("projectId", String.valueOf(meeting.projectId));
        fields.put("eventId", "");
        fields.put("version", "0");
        fields.putAll(changed);
        MockHttpServletRequestBuilder request =
                post(url).cookie(coordinator, LATVIAN).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long count(String titleEn) {
        return jdbc.sql("select count(*) from news_article where title_en = :t")
                .param("t", titleEn)
                .query(Long.class)
                .single();
    }

    long idOf(String titleEn) {
        return jdbc.sql("select id from news_article where title_en = :t")
                .param("t", titleEn)
                .query(Long.class)
                .single();
    }

    @Test
    void theNewFormIsPrefilledFromTheEventAndOffersOnlyEditableProjects() throws Exception {
        String html = mvc.perform(get("/news/new")
                        .param("event", String.valueOf(meeting.eventId))
                        .cookie(coordinator, LATVIAN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Markdown")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.select("#projectId option[selected]").attr("value"))
                .isEqualTo(String.valueOf(meeting.projectId));
        assertThat(page.select("#eventId option[selected]").attr("value")).isEqualTo(String.valueOf(meeting.eventId));
        Cookie partner = SignIn.as(mvc, meeting.partnerEmail, TestUsers.PASSWORD);
        mvc.perform(get("/news/new")
                        .param("project", String.valueOf(meeting.projectId))
                        .cookie(partner))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("value=\"" + meeting.projectId + "\""))));
    }

    @Test
    void unsafeMarkdownIsShownOnItsFieldAndNothingIsStored() throws Exception {
        String title = "Unsafe " + unique();
        mvc.perform(form("/news", title, "Hello <script>alert(1)</script>"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"bodyEn-errors\"")))
                .andExpect(content().string(containsString("Tekstā ir skripts")));
        mvc.perform(form("/news", title, "[x](javascript:alert(1))"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("adrese sākas ar &quot;javascript:&quot;")));
        mvc.perform(form("/news", title, "ok", Map.of("publishAt", "1018-11-08T10:00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"publishAt-errors\"")))
                .andExpect(content().string(containsString("pārāk tālā pagātnē")));
        mvc.perform(form("/news", title, "ok", Map.of("publishAt", "tomorrow")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ievadiet datumu un laiku")));
        mvc.perform(form("/news", title, "ok", Map.of("slug", "Ne derīga adrese")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"slug-errors\"")));
        assertThat(count(title)).isZero();
    }

    @Test
    void writesAnArticleInPolishAndShowsItsFieldsAgain() throws Exception {
        String title = "Polish " + unique();
        mvc.perform(form(
                        "/news",
                        title,
                        "Text.",
                        Map.of("titleOthers[pl]", "Spotkanie w Dyneburgu", "bodyOthers[pl]", "Partnerzy z **Litwy**.")))
                .andExpect(status().is3xxRedirection());
        long id = idOf(title);
        assertThat(jdbc.sql("select title_others from news_article where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("{\"pl\":\"Spotkanie w Dyneburgu\"}");

        org.jsoup.nodes.Document edit =
                org.jsoup.Jsoup.parse(mvc.perform(get("/news/" + id + "/edit").cookie(coordinator, LATVIAN))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(edit.getElementById("titleOthers-pl").attr("value")).isEqualTo("Spotkanie w Dyneburgu");
        assertThat(edit.getElementById("titleOthers-pl").attr("lang")).isEqualTo("pl");
        assertThat(edit.selectFirst("label[for=titleOthers-pl]").text()).isEqualTo("Virsraksts (poļu valodā)");
        assertThat(edit.getElementById("titleOthers-de").attr("value")).isEmpty();

        org.jsoup.nodes.Document preview =
                org.jsoup.Jsoup.parse(mvc.perform(get("/news/" + id).cookie(coordinator, LATVIAN))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(preview.getElementById("news-preview-pl").attr("lang")).isEqualTo("pl");
        assertThat(preview.select("#news-preview-pl h1").text()).isEqualTo("Spotkanie w Dyneburgu");
        assertThat(preview.select("#news-preview-pl strong").text()).isEqualTo("Litwy");
    }

    @Test
    void anUnknownLanguageOrATooLongTextInAnyLanguageIsRefusedOnItsFieldAndNothingIsStored() throws Exception {
        String title = "Refused " + unique();
        mvc.perform(form("/news", title, "Text.", Map.of("titleOthers[xx]", "Unknown")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Jumelage nezina valodu „xx”")));
        mvc.perform(form("/news", title, "Text.", Map.of("titleOthers[sr-Latn]", "a".repeat(301))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"titleOthers-sr-Latn-errors\"")))
                .andExpect(content().string(containsString("pārāk garš")));
        assertThat(count(title)).isZero();
    }

    @Test
    void writesPreviewsPublishesAndWithdrawsAnArticle() throws Exception {
        String title = "Written " + unique();
        mvc.perform(form("/news", title, "The **lead** partner. <b>raw</b>")).andExpect(status().isFound());
        long id = idOf(title);

        mvc.perform(get("/news/" + id).cookie(coordinator, LATVIAN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>lead</strong>")))
                .andExpect(content().string(containsString("&lt;b&gt;raw&lt;/b&gt;")))
                .andExpect(content().string(containsString("id=\"news-publish\"")))
                .andExpect(content().string(containsString("Melnraksts")));

        mvc.perform(post("/news/" + id + "/publication")
                        .cookie(coordinator, LATVIAN)
                        .with(csrf())
                        .param("published", "true"))
                .andExpect(redirectedUrl("/news/" + id));
        assertThat(news.publishedById(id)).isPresent();
        mvc.perform(get("/news/" + id).cookie(coordinator, LATVIAN))
                .andExpect(content().string(containsString("id=\"news-public-link\"")));

        mvc.perform(post("/news/" + id + "/publication")
                        .cookie(coordinator, LATVIAN)
                        .with(csrf())
                        .param("published", "false"))
                .andExpect(status().isFound());
        assertThat(news.publishedById(id)).isEmpty();

        mvc.perform(get("/news").param("status", "draft").cookie(coordinator, LATVIAN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"news-row-" + id + "\"")));
        mvc.perform(get("/news").param("status", "published").cookie(coordinator, LATVIAN))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"news-row-" + id + "\""))));
        mvc.perform(get("/projects/" + meeting.projectId + "/publication").cookie(coordinator, LATVIAN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"publication-news-" + id + "\"")))
                .andExpect(content().string(containsString("id=\"publication-news-new\"")));
        mvc.perform(get("/events/" + meeting.eventId + "/publication").cookie(coordinator, LATVIAN))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"publication-news-" + id + "\""))))
                .andExpect(content().string(containsString("/news/new?event=" + meeting.eventId)));
    }

    @Test
    void aStaleFormIsRefusedAndTheStoredArticleStays() throws Exception {
        NewsArticle article = news.create(
                meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of(null, "Stale " + unique()),
                        LocalizedText.of(null, "First."),
                        meeting.projectId,
                        null,
                        List.of(),
                        null));
        news.update(
                meeting.coordinator,
                article.id(),
                new NewsArticleDraft(
                        null,
                        article.titles(),
                        LocalizedText.of(null, "Second."),
                        meeting.projectId,
                        null,
                        List.of(),
                        null),
                0);
        mvc.perform(form("/news/" + article.id(), "Overwritten", "Third."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kāds ir mainījis šo rakstu")));
        assertThat(news.find(meeting.coordinator, article.id())
                        .orElseThrow()
                        .bodies()
                        .en())
                .isEqualTo("Second.");
    }

    @Test
    void theImageFormShowsRefusalsOnItsFieldsAndStoresAGoodImage() throws Exception {
        NewsArticle article = news.create(
                meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of(null, "Pictured " + unique()),
                        LocalizedText.of(null, "Text."),
                        meeting.projectId,
                        null,
                        List.of(),
                        null));
        long id = article.id();
        byte[] text = "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(multipart("/news/" + id + "/image")
                        .file(new MockMultipartFile("file", "photo.png", "image/png", text))
                        .param("altEn", "Photo")
                        .cookie(coordinator, LATVIAN)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"file-errors\"")))
                .andExpect(content().string(containsString("Šis fails nav JPEG, PNG vai WebP attēls.")));
        mvc.perform(multipart("/news/" + id + "/image")
                        .file(new MockMultipartFile("file", "p.png", "image/png", NewsTestImages.image("png", 50, 40)))
                        .param("altEn", "")
                        .param("altLv", "")
                        .cookie(coordinator, LATVIAN)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"altEn-errors\"")));
        assertThat(news.find(meeting.coordinator, id).orElseThrow().image()).isNull();

        mvc.perform(multipart("/news/" + id + "/image")
                        .file(new MockMultipartFile(
                                "file", "p.jpg", "image/jpeg", NewsTestImages.image("jpeg", 500, 400)))
                        .param("altLv", "Dalībnieki Daugavpilī")
                        .cookie(coordinator, LATVIAN)
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/news/" + id).cookie(coordinator, LATVIAN))
                .andExpect(content().string(containsString("alt=\"Dalībnieki Daugavpilī\"")))
                .andExpect(content().string(containsString("/news/" + id + "/image?v=")));
        mvc.perform(get("/news/" + id + "/image").cookie(coordinator, LATVIAN))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"));
        mvc.perform(get("/media/news/" + id + "/lead")).andExpect(status().isNotFound());
    }

    @Test
    void aPartnerMayNotWriteOrChange() throws Exception {
        NewsArticle article = news.create(
                meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of(null, "Theirs " + unique()),
                        LocalizedText.of(null, "Text."),
                        meeting.projectId,
                        null,
                        List.of(),
                        null));
        Cookie partner = SignIn.as(mvc, meeting.partnerEmail, TestUsers.PASSWORD);
        mvc.perform(get("/news/" + article.id()).cookie(partner))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"news-publish\""))));
        mvc.perform(get("/news/" + article.id() + "/edit").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(post("/news/" + article.id() + "/delete").cookie(partner).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(news.find(meeting.coordinator, article.id())).isPresent();
    }
}
