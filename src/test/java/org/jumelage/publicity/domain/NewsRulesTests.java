package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jumelage.publicity.NewsStatus;
import org.jumelage.publicity.PublicityException;
import org.jumelage.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** Status derivation, tags, publication dates and text lengths. */
class NewsRulesTests {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void statusFollowsTheFlagAndTheDate() {
        assertThat(NewsRules.status(false, null, NOW)).isEqualTo(NewsStatus.DRAFT);
        assertThat(NewsRules.status(false, NOW.minusSeconds(60), NOW)).isEqualTo(NewsStatus.DRAFT);
        assertThat(NewsRules.status(true, NOW.plusSeconds(1), NOW)).isEqualTo(NewsStatus.SCHEDULED);
        assertThat(NewsRules.status(true, NOW, NOW)).isEqualTo(NewsStatus.PUBLISHED);
        assertThat(NewsRules.status(true, NOW.minusSeconds(1), NOW)).isEqualTo(NewsStatus.PUBLISHED);
    }

    @Test
    void tagsAreNormalised() {
        assertThat(NewsRules.tags(Arrays.asList(" Town  Twinning ", "#Europe", "town twinning", "", null, "  ")))
                .containsExactly("town twinning", "europe");
    }

    @Test
    void tooManyOrTooLongTagsAreRefused() {
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < NewsRules.MAX_TAGS + 1; i++) {
            eleven.add("tag" + i);
        }
        assertThatThrownBy(() -> NewsRules.tags(eleven))
                .isInstanceOfSatisfying(
                        PublicityException.class, e -> assertThat(e.code()).isEqualTo("publicity.news.too-many-tags"));
        assertThatThrownBy(() -> NewsRules.tags(List.of("x".repeat(NewsRules.MAX_TAG + 1))))
                .isInstanceOfSatisfying(
                        PublicityException.class, e -> assertThat(e.code()).isEqualTo("publicity.news.tag-too-long"));
        assertThatCode(() -> NewsRules.tags(List.of("x".repeat(NewsRules.MAX_TAG))))
                .doesNotThrowAnyException();
    }

    @Test
    void publicationDatesFarAwayAreRefused() {
        assertThatThrownBy(() -> NewsRules.checkPublishAt(Instant.parse("1999-12-31T23:59:59Z"), NOW))
                .isInstanceOfSatisfying(PublicityException.class, e -> {
                    assertThat(e.code()).isEqualTo("publicity.news.date-too-early");
                    assertThat(e.field()).isEqualTo("publishAt");
                    assertThat(e.arguments()).containsExactly("2000-01-01");
                });
        assertThatThrownBy(() -> NewsRules.checkPublishAt(NOW.plus(Duration.ofDays(2 * 366)), NOW))
                .isInstanceOfSatisfying(PublicityException.class, e -> {
                    assertThat(e.code()).isEqualTo("publicity.news.date-too-late");
                    assertThat(e.arguments()).containsExactly("2028-11-21");
                });
        assertThatCode(() -> NewsRules.checkPublishAt(Instant.parse("2000-01-01T00:00:00Z"), NOW))
                .doesNotThrowAnyException();
        assertThatCode(() -> NewsRules.checkPublishAt(Instant.parse("2018-11-08T09:00:00Z"), NOW))
                .doesNotThrowAnyException();
        assertThatCode(() -> NewsRules.checkPublishAt(NOW.plus(Duration.ofDays(700)), NOW))
                .doesNotThrowAnyException();
        assertThatCode(() -> NewsRules.checkPublishAt(null, NOW)).doesNotThrowAnyException();
    }

    @Test
    void textsNeedATitleAndStayWithinTheirLengths() {
        assertThatThrownBy(() -> NewsRules.checkTexts(LocalizedText.of(" ", null), LocalizedText.of("body", null)))
                .isInstanceOfSatisfying(
                        PublicityException.class, e -> assertThat(e.code()).isEqualTo("publicity.news.title-required"));
        assertThatThrownBy(() -> NewsRules.checkTexts(
                        LocalizedText.of("x".repeat(NewsRules.MAX_TITLE + 1), null), LocalizedText.of(null, null)))
                .isInstanceOfSatisfying(
                        PublicityException.class, e -> assertThat(e.field()).isEqualTo("titleLv"));
        assertThatThrownBy(() -> NewsRules.checkTexts(
                        LocalizedText.of("t", null), LocalizedText.of(null, "x".repeat(NewsRules.MAX_BODY + 1))))
                .isInstanceOfSatisfying(
                        PublicityException.class, e -> assertThat(e.field()).isEqualTo("bodyEn"));
    }

    @Test
    void theImageNeedsAShortEnoughDescription() {
        assertThatThrownBy(() -> NewsRules.checkAlt(LocalizedText.of(null, " ")))
                .isInstanceOfSatisfying(
                        PublicityException.class,
                        e -> assertThat(e.code()).isEqualTo("publicity.news.image-alt-required"));
        assertThatThrownBy(() -> NewsRules.checkAlt(LocalizedText.of("x".repeat(NewsRules.MAX_ALT + 1), "ok")))
                .isInstanceOfSatisfying(
                        PublicityException.class, e -> assertThat(e.field()).isEqualTo("altLv"));
        assertThatCode(() -> NewsRules.checkAlt(LocalizedText.of(null, "People at the meeting")))
                .doesNotThrowAnyException();
    }
}
