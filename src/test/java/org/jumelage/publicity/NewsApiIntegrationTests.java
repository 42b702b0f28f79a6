package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jumelage.account.AccountManagement;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The news API end to end: writing, reading, publishing, scheduling, images, and every kind of bad
 * input the issue names, each refused clearly in the caller's language with nothing stored.
 */
@JumelageIntegrationTest
class NewsApiIntegrationTests {

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

    @Autowired
    Publications publications;

    @Autowired
    MutableClock clock;

    MeetingFixture meeting;
    String coordinator;
    String partner;

    @BeforeEach
    void setUp() {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10));
        // an article is public only while its project and event are (issue 12)
        publications.publishProject(meeting.coordinator, meeting.projectId, true);
        publications.publishEvent(meeting.coordinator, meeting.eventId, true);
        coordinator = "Bearer "
                + accounts.createApiToken(meeting.coordinator.id(), "tests").secret();
        partner = "Bearer "
                + accounts.createApiToken(meeting.partnerContact.id(), "tests").secret();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    String article(String titleEn, String bodyEn, String extra) {
        return """
                {"titles":{"lv":"Tikšanās Daugavpilī","en":"%s"},
                 "bodies":{"lv":"Pilsētu **sadraudzība**.","en":"%s"},
                 "projectId":%d,"tags":["Town twinning","Europe"]%s}""".formatted(titleEn, bodyEn, meeting.projectId, extra);
    }

    ResultActions post(String json, String token, String language) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/news")
                .header("Authorization", token)
                .header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long create(String titleEn) throws Exception {
        String body = post(article(titleEn, "Town *twinning*.", ""), coordinator, "en")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void publish(long id, boolean published) throws Exception {
        mvc.perform(put("/api/v1/news/" + id + "/publication")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"published\":" + published + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(published));
    }

    long articlesTitled(String titleEn) {
        return jdbc.sql("select count(*) from news_article where title_en = :t")
                .param("t", titleEn)
                .query(Long.class)
                .single();
    }

    @Test
    void writesReadsChangesPublishesAndDeletesAnArticle() throws Exception {
        String title = "Meeting in Daugavpils " + unique();
        String body = post(article(title, "Town *twinning* with Kaunas.", ""), coordinator, "en")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/news/")))
                .andExpect(jsonPath("$.slug").value(startsWith("meeting-in-daugavpils-")))
                .andExpect(jsonPath("$.titles.lv").value("Tikšanās Daugavpilī"))
                .andExpect(jsonPath("$.bodies.en").value("Town *twinning* with Kaunas."))
                .andExpect(jsonPath("$.projectId").value(meeting.projectId))
                .andExpect(jsonPath("$.eventId").isEmpty())
                .andExpect(jsonPath("$.tags[0]").value("europe"))
                .andExpect(jsonPath("$.tags[1]").value("town twinning"))
                .andExpect(jsonPath("$.status").value("draft"))
                .andExpect(jsonPath("$.published").value(false))
                .andExpect(jsonPath("$.image").isEmpty())
                .andExpect(jsonPath("$.author").value(meeting.coordinator.displayName()))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(put("/api/v1/news/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(article(title, "Changed.", ",\"eventId\":" + meeting.eventId + ",\"version\":0")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bodies.en").value("Changed."))
                .andExpect(jsonPath("$.eventId").value(meeting.eventId))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(get("/api/v1/news/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/news/" + id).header("Authorization", partner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("draft"));
        mvc.perform(get("/api/v1/news").param("status", "draft").header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));

        publish(id, true);
        mvc.perform(get("/api/v1/news/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("published"))
                .andExpect(jsonPath("$.publishAt").isNotEmpty());
        mvc.perform(get("/api/v1/news").param("projectId", String.valueOf(meeting.projectId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
                .andExpect(jsonPath("$.total").value(1));

        mvc.perform(delete("/api/v1/news/" + id).header("Authorization", coordinator))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/news/" + id).header("Authorization", coordinator))
                .andExpect(status().isNotFound());
    }

    @Test
    void anonymousReadersSeeOnlyPublishedArticles() throws Exception {
        long draft = create("Draft " + unique());
        long published = create("Published " + unique());
        publish(published, true);

        mvc.perform(get("/api/v1/news").param("projectId", String.valueOf(meeting.projectId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) published)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) draft))));
        mvc.perform(get("/api/v1/news").param("size", "100"))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) draft))));
        mvc.perform(get("/api/v1/news/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/news").param("status", "draft")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/news").param("status", "lost").header("Authorization", coordinator))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.news.unknown-status"));
    }

    @Test
    void aScheduledArticleIsNotPublicUntilItsDate() throws Exception {
        Instant at = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        String body = post(article("Soon " + unique(), "Soon.", ",\"publishAt\":\"" + at + "\""), coordinator, "en")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(put("/api/v1/news/" + id + "/publication")
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"published\":true}"))
                .andExpect(jsonPath("$.status").value("scheduled"))
                .andExpect(jsonPath("$.publishAt").value(at.toString()));
        mvc.perform(get("/api/v1/news/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/news").param("projectId", String.valueOf(meeting.projectId)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/news").param("status", "scheduled").header("Authorization", coordinator))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));

        clock.advance(Duration.ofDays(2).plusSeconds(1));
        try {
            mvc.perform(get("/api/v1/news/" + id))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("published"));
        } finally {
            clock.advance(Duration.ofDays(-2).minusSeconds(1));
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<script>alert(1)</script>                 | publicity.news.markdown-script       | skripts",
                "<iframe src=https://evil.example></iframe> | publicity.news.markdown-frame        | <iframe>",
                "[click](javascript:alert(1))              | publicity.news.markdown-link-scheme  | javascript:",
                "<img src=x onerror=alert(1)>              | publicity.news.markdown-event-handler | onerror=",
            })
    void unsafeMarkdownIsRefusedInTheCallersLanguageAndNothingIsStored(String markdown, String code, String detail)
            throws Exception {
        String title = "Unsafe " + unique();
        post(article(title, markdown.replace("\"", "\\\""), ""), coordinator, "lv")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").value(containsString(detail)))
                .andExpect(jsonPath("$.errors[0].field").value("bodyEn"));
        assertThat(articlesTitled(title)).isZero();
    }

    @Test
    void publicationDatesFarAwayAreRefused() throws Exception {
        String title = "Dates " + unique();
        post(article(title, "x", ",\"publishAt\":\"1018-11-08T10:00:00Z\""), coordinator, "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.news.date-too-early"))
                .andExpect(jsonPath("$.detail").value(containsString("2000-01-01")))
                .andExpect(jsonPath("$.errors[0].field").value("publishAt"));
        String far = clock.instant().plus(Duration.ofDays(3 * 365)).toString();
        post(article(title, "x", ",\"publishAt\":\"" + far + "\""), coordinator, "lv")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.news.date-too-late"))
                .andExpect(jsonPath("$.detail").value(containsString("pārāk tālā nākotnē")));
        assertThat(articlesTitled(title)).isZero();
    }

    @Test
    void aWantedSlugThatIsTakenIsRefusedAndAnInvalidOneToo() throws Exception {
        String slug = "meeting-" + unique();
        String first = post(article("First " + unique(), "x", ",\"slug\":\"" + slug + "\""), coordinator, "en")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.slug").value(slug))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long firstId = ((Number) JsonPath.read(first, "$.id")).longValue();

        String title = "Second " + unique();
        post(article(title, "x", ",\"slug\":\"" + slug + "\""), coordinator, "en")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("publicity.news.slug-taken"))
                .andExpect(jsonPath("$.detail")
                        .value(containsString(
                                "The address \"" + slug + "\" is already used by the article " + firstId)));
        post(article(title, "x", ",\"slug\":\"Tikšanās Daugavpilī\""), coordinator, "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.news.slug-invalid"));
        assertThat(articlesTitled(title)).isZero();
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long id = create("Versions " + unique());
        mvc.perform(put("/api/v1/news/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(article("First change", "x", ",\"version\":0")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/news/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(article("Second change", "x", ",\"version\":0")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("publicity.news.stale-version"))
                .andExpect(jsonPath("$.detail").value(containsString("Someone changed this article")));
        mvc.perform(put("/api/v1/news/" + id)
                        .header("Authorization", coordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(article("No version", "x", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.news.version-required"));
        mvc.perform(get("/api/v1/news/" + id).header("Authorization", coordinator))
                .andExpect(jsonPath("$.titles.en").value("First change"));
    }

    @Test
    void onlyTheProjectsEditorsWriteAboutItAndStrangersCannotWriteAtAll() throws Exception {
        String title = "Partner " + unique();
        post(article(title, "x", ""), partner, "en")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("publicity.not-allowed"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/news")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(article(title, "x", "")))
                .andExpect(status().isUnauthorized());
        long id = create("Coordinator's " + unique());
        mvc.perform(put("/api/v1/news/" + id + "/publication")
                        .header("Authorization", partner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"published\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/news/" + id).header("Authorization", partner))
                .andExpect(status().isForbidden());
        post(article(title, "x", ",\"eventId\":999999999"), coordinator, "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.news.unknown-event"));
        assertThat(articlesTitled(title)).isZero();
    }

    @Test
    void aLeadImageIsResizedAndServedPubliclyOnlyOnceTheArticleIs() throws Exception {
        long id = create("Image " + unique());
        MockMultipartFile png =
                new MockMultipartFile("file", "meeting.png", "image/png", NewsTestImages.image("png", 2400, 1200));
        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/news/" + id + "/image")
                        .file(png)
                        .param("altEn", "People at the meeting in Daugavpils")
                        .header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.image.width").value(1600))
                .andExpect(jsonPath("$.image.height").value(800))
                .andExpect(jsonPath("$.image.alt.en").value("People at the meeting in Daugavpils"))
                .andExpect(jsonPath("$.image.url").value(startsWith("/news/" + id + "/image")));
        String key = jdbc.sql("select image_key from news_article where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(key).matches("news/" + id + "/lead-[0-9a-f]{16}\\.jpg");

        mvc.perform(get("/media/news/" + id + "/lead")).andExpect(status().isNotFound());

        publish(id, true);
        String etag = mvc.perform(get("/media/news/" + id + "/lead"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", containsString("public")))
                .andExpect(header().string("Cache-Control", containsString("max-age=60")))
                .andExpect(header().string("Cache-Control", containsString("must-revalidate")))
                .andExpect(header().exists("ETag"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(get("/media/news/" + id + "/lead").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/v1/news/" + id))
                .andExpect(jsonPath("$.image.url").value(startsWith("/media/news/" + id + "/lead")));

        publish(id, false);
        mvc.perform(get("/media/news/" + id + "/lead")).andExpect(status().isNotFound());
    }

    @Test
    void badImagesAreRefusedClearly() throws Exception {
        long id = create("Bad images " + unique());
        byte[] text = "just text, named like a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        upload(id, new MockMultipartFile("file", "photo.png", "image/png", text), "Photo")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.news.image-not-an-image"))
                .andExpect(jsonPath("$.detail").value("This file is not a JPEG, PNG or WebP image."));
        upload(
                        id,
                        new MockMultipartFile(
                                "file", "bomb.png", "image/png", NewsTestImages.pngHeaderBomb(10_001, 10_001)),
                        "Bomb")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.news.image-too-many-pixels"))
                .andExpect(jsonPath("$.detail").value(containsString("10001 × 10001")));
        upload(id, new MockMultipartFile("file", "huge.png", "image/png", new byte[10 * 1024 * 1024 + 1]), "Huge")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.news.image-too-large"))
                .andExpect(jsonPath("$.detail").value(containsString("10 MB")));
        upload(id, new MockMultipartFile("file", "ok.png", "image/png", NewsTestImages.image("png", 40, 30)), "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("publicity.news.image-alt-required"));
        mvc.perform(get("/api/v1/news/" + id).header("Authorization", coordinator))
                .andExpect(jsonPath("$.image").isEmpty())
                .andExpect(jsonPath("$.version").value(0));
    }

    ResultActions upload(long id, MockMultipartFile file, String alt) throws Exception {
        return mvc.perform(multipart(HttpMethod.PUT, "/api/v1/news/" + id + "/image")
                .file(file)
                .param("altEn", alt)
                .header("Authorization", coordinator));
    }

    @Test
    void theApiIsDescribed() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/news'].get.summary").value("List news articles"))
                .andExpect(
                        jsonPath("$.paths['/api/v1/news/{id}/publication'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/news/{id}/image'].put").exists());
    }
}
