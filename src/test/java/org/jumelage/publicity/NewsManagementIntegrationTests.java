package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jumelage.account.AccountManagement;
import org.jumelage.account.AuditEntry;
import org.jumelage.account.AuditTrail;
import org.jumelage.account.Role;
import org.jumelage.account.SignedInUser;
import org.jumelage.event.EventManagement;
import org.jumelage.event.MeetingFixture;
import org.jumelage.network.OrganisationManagement;
import org.jumelage.project.ProjectManagement;
import org.jumelage.shared.BusinessException;
import org.jumelage.shared.LocalizedText;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.MutableClock;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The news service against the database: permissions, slugs, status over time, optimistic locking, audit. */
@JumelageIntegrationTest
class NewsManagementIntegrationTests {

    @Autowired
    NewsManagement news;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    EventManagement events;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Publications publications;

    @Autowired
    org.jumelage.storage.FileStorage files;

    MeetingFixture meeting;

    @BeforeEach
    void setUp() {
        meeting = new MeetingFixture(organisations, accounts, projects, events, jdbc, Map.of("LV", 10));
        // an article is public only while its project and event are (issue 12)
        publications.publishProject(meeting.coordinator, meeting.projectId, true);
        publications.publishEvent(meeting.coordinator, meeting.eventId, true);
    }

    NewsArticleDraft draft(String titleEn) {
        return new NewsArticleDraft(
                null,
                LocalizedText.of("Tikšanās Daugavpilī", titleEn),
                LocalizedText.of("Pilsētu **sadraudzība**.", "Town *twinning*."),
                meeting.projectId,
                null,
                List.of(" Town Twinning ", "#Europe", "town twinning"),
                null);
    }

    /** The draft with a publication date, and no slug or event. */
    static NewsArticleDraft dated(NewsArticleDraft draft, Instant at) {
        return new NewsArticleDraft(null, draft.titles(), draft.bodies(), draft.projectId(), null, draft.tags(), at);
    }

    String unique(String prefix) {
        return prefix + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theProjectsCoordinatorWritesADraftThatOnlyItsProjectSees() {
        String title = unique("Meeting in Daugavpils");
        NewsArticle article = news.create(meeting.coordinator, draft(title));

        assertThat(article.status()).isEqualTo(NewsStatus.DRAFT);
        assertThat(article.published()).isFalse();
        assertThat(article.publishAt()).isNull();
        assertThat(article.authorName()).isEqualTo(meeting.coordinator.displayName());
        assertThat(article.authorId()).isEqualTo(meeting.coordinator.id());
        assertThat(article.tags()).containsExactly("europe", "town twinning");
        assertThat(article.slug()).startsWith("meeting-in-daugavpils-");
        assertThat(article.version()).isZero();

        assertThat(news.find(meeting.coordinator, article.id())).isPresent();
        assertThat(news.find(meeting.partnerContact, article.id())).isPresent();
        assertThat(news.publishedById(article.id())).isEmpty();
        assertThat(news.list(meeting.coordinator, NewsStatus.DRAFT, meeting.projectId, PageRequest.of(0, 10)))
                .extracting(NewsArticle::id)
                .containsExactly(article.id());
        assertThat(news.list(meeting.partnerContact, null, meeting.projectId, PageRequest.of(0, 10)))
                .isEmpty();
    }

    @Test
    void anEventGivesItsProjectAndAPartnerMayNotWriteAboutIt() {
        NewsArticle article = news.create(
                meeting.coordinator,
                new NewsArticleDraft(
                        null,
                        LocalizedText.of(null, unique("Event")),
                        LocalizedText.of(null, null),
                        null,
                        meeting.eventId,
                        List.of(),
                        null));
        assertThat(article.projectId()).isEqualTo(meeting.projectId);
        assertThat(article.eventId()).isEqualTo(meeting.eventId);

        assertThatThrownBy(() -> news.create(meeting.partnerContact, draft(unique("Partner"))))
                .isInstanceOf(PublicityException.class)
                .extracting(e -> ((BusinessException) e).code())
                .isEqualTo("publicity.not-allowed");
        assertThatThrownBy(() -> news.update(meeting.partnerContact, article.id(), draft("x"), article.version()))
                .extracting(e -> ((BusinessException) e).code())
                .isEqualTo("publicity.not-allowed");
    }

    @Test
    void aScheduledArticleBecomesPublicAtItsDate() {
        Instant at = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        NewsArticleDraft draft = draft(unique("Scheduled"));
        NewsArticle article = news.create(meeting.coordinator, dated(draft, at));

        NewsArticle scheduled = news.publish(meeting.coordinator, article.id(), true);
        assertThat(scheduled.status()).isEqualTo(NewsStatus.SCHEDULED);
        assertThat(news.publishedById(article.id())).isEmpty();
        assertThat(news.publishedBySlug(article.slug())).isEmpty();

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        try {
            assertThat(news.publishedBySlug(article.slug()))
                    .get()
                    .extracting(NewsArticle::status)
                    .isEqualTo(NewsStatus.PUBLISHED);
            assertThat(news.published(meeting.projectId, null, "europe", PageRequest.of(0, 10)))
                    .extracting(NewsArticle::id)
                    .contains(article.id());
        } finally {
            clock.advance(Duration.ofDays(-3).minusMinutes(1));
        }
    }

    /** The editors' list (read in order from news_article.list_at): by publication date, else by creation. */
    @Test
    void theEditorsListIsNewestFirstByPublicationDateElseCreation() {
        Instant start = clock.instant();
        Duration moved = Duration.ZERO;
        try {
            NewsArticle draftA = news.create(meeting.coordinator, draft(unique("A")));
            clock.advance(Duration.ofHours(1));
            moved = moved.plusHours(1);
            NewsArticleDraft dated = draft(unique("B"));
            NewsArticle datedB = news.create(meeting.coordinator, dated(dated, start.minus(Duration.ofDays(10))));
            clock.advance(Duration.ofHours(1));
            moved = moved.plusHours(1);
            NewsArticle draftC = news.create(meeting.coordinator, draft(unique("C")));

            assertThat(editorsList()).containsExactly(draftC.id(), draftA.id(), datedB.id());

            NewsArticleDraft later =
                    dated(dated, start.plus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS));
            news.update(meeting.coordinator, datedB.id(), later, datedB.version());
            assertThat(editorsList()).containsExactly(datedB.id(), draftC.id(), draftA.id());

            clock.advance(Duration.ofHours(1));
            moved = moved.plusHours(1);
            news.publish(meeting.coordinator, draftA.id(), true);
            assertThat(editorsList()).containsExactly(datedB.id(), draftA.id(), draftC.id());
        } finally {
            clock.advance(moved.negated());
        }
    }

    List<Long> editorsList() {
        return news.list(meeting.coordinator, null, meeting.projectId, PageRequest.of(0, 10)).stream()
                .map(NewsArticle::id)
                .toList();
    }

    @Test
    void publishingWithoutADateMeansNowAndEveryChangeIsAudited() {
        NewsArticle article = news.create(meeting.coordinator, draft(unique("Now")));
        NewsArticle published = news.publish(meeting.coordinator, article.id(), true);
        assertThat(published.status()).isEqualTo(NewsStatus.PUBLISHED);
        assertThat(published.publishAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(news.publishedById(article.id())).isPresent();

        news.publish(meeting.coordinator, article.id(), false);
        assertThat(news.publishedById(article.id())).isEmpty();
        news.delete(meeting.coordinator, article.id());
        assertThat(news.find(meeting.coordinator, article.id())).isEmpty();

        String target = "article " + article.id() + " (" + article.slug() + ")";
        assertThat(auditTrail.entries("publicity.news", PageRequest.of(0, 500)).getContent().stream()
                        .filter(entry -> target.equals(entry.target()))
                        .map(AuditEntry::action))
                .contains(
                        "publicity.news.created",
                        "publicity.news.published",
                        "publicity.news.withdrawn",
                        "publicity.news.deleted");
    }

    @Test
    void slugsAreUniqueAutomaticallyAndAWantedTakenOneIsRefused() {
        String title = unique("Same title");
        NewsArticle first = news.create(meeting.coordinator, draft(title));
        NewsArticle second = news.create(meeting.coordinator, draft(title));
        assertThat(second.slug()).isEqualTo(first.slug() + "-2");

        NewsArticleDraft wanted = new NewsArticleDraft(
                first.slug(),
                LocalizedText.of(null, "Other"),
                LocalizedText.of(null, null),
                null,
                null,
                List.of(),
                null);
        assertThatThrownBy(() -> news.create(meeting.coordinator, wanted))
                .extracting(e -> ((BusinessException) e).code(), e -> ((BusinessException) e).kind())
                .containsExactly("publicity.news.slug-taken", BusinessException.Kind.CONFLICT);
    }

    @Test
    void aStaleVersionIsRefused() {
        NewsArticle article = news.create(meeting.coordinator, draft(unique("Versions")));
        NewsArticle changed = news.update(meeting.coordinator, article.id(), draft("Changed"), article.version());
        assertThat(changed.version()).isEqualTo(article.version() + 1);
        assertThat(changed.slug()).isEqualTo(article.slug());
        assertThatThrownBy(() -> news.update(meeting.coordinator, article.id(), draft("Again"), article.version()))
                .extracting(e -> ((BusinessException) e).kind())
                .isEqualTo(BusinessException.Kind.CONFLICT);
        assertThat(news.find(meeting.coordinator, article.id())
                        .orElseThrow()
                        .titles()
                        .en())
                .isEqualTo("Changed");
    }

    @Test
    void aNewImageReplacesTheStoredFileAndDeletingTheArticleDeletesIt() {
        NewsArticle article = news.create(meeting.coordinator, draft(unique("Pictures")));
        byte[] first = NewsTestImages.image("png", 300, 200);
        NewsArticle once = news.attachImage(
                meeting.coordinator,
                article.id(),
                new java.io.ByteArrayInputStream(first),
                first.length,
                LocalizedText.of("Pirmais", null));
        String firstKey = once.image().storageKey();
        assertThat(files.find(firstKey)).isPresent();

        byte[] second = NewsTestImages.image("jpeg", 400, 200);
        NewsArticle twice = news.attachImage(
                meeting.coordinator,
                article.id(),
                new java.io.ByteArrayInputStream(second),
                second.length,
                LocalizedText.of(null, "Second"));
        String secondKey = twice.image().storageKey();
        assertThat(secondKey).isNotEqualTo(firstKey);
        assertThat(twice.image().alt()).isEqualTo(LocalizedText.of(null, "Second"));
        assertThat(files.find(firstKey)).isEmpty();
        assertThat(files.find(secondKey)).isPresent();

        news.delete(meeting.coordinator, article.id());
        assertThat(files.find(secondKey)).isEmpty();
    }

    @Test
    void aPartnerWithoutProjectsCannotWriteAtAll() {
        String email = TestUsers.uniqueEmail("partner");
        long id = accounts.createUser(TestUsers.withRoles(email, Role.PARTNER)).id();
        SignedInUser partner = accounts.signedInUser(id).orElseThrow();
        NewsArticleDraft draft = new NewsArticleDraft(
                null, LocalizedText.of(null, "Mine"), LocalizedText.of(null, null), null, null, List.of(), null);
        assertThatThrownBy(() -> news.create(partner, draft))
                .extracting(e -> ((BusinessException) e).code())
                .isEqualTo("publicity.news.writer-required");
    }
}
