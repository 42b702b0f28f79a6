package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jumelage.participation.RegistrationSettingsManagement;
import org.jumelage.publicity.persistence.NewsStore;
import org.junit.jupiter.api.Test;

class PublicChangeHorizonTests {

    // 10:00 in Riga (UTC+2 in December), 08:00 UTC
    static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    final NewsStore news = mock(NewsStore.class);
    final RegistrationSettingsManagement registration = mock(RegistrationSettingsManagement.class);
    final PublicChangeHorizon horizon = new PublicChangeHorizon(news, registration, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void withNothingScheduledAPageIsTrustedForAnHourAtMost() {
        when(news.nextScheduledPublication(any())).thenReturn(Optional.empty());
        when(registration.nextRegistrationWindowChange(any())).thenReturn(Optional.empty());
        assertThat(horizon.next()).isEqualTo(NOW.plus(PublicChangeHorizon.LONGEST));
    }

    @Test
    void aScheduledArticleOrARegistrationOpeningComesFirst() {
        when(news.nextScheduledPublication(NOW)).thenReturn(Optional.of(NOW.plusSeconds(600)));
        when(registration.nextRegistrationWindowChange(NOW)).thenReturn(Optional.of(NOW.plusSeconds(300)));
        assertThat(horizon.next()).isEqualTo(NOW.plusSeconds(300));
        when(registration.nextRegistrationWindowChange(NOW)).thenReturn(Optional.of(NOW.plusSeconds(900)));
        assertThat(horizon.next()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void aNewDayInRigaOrInTheClocksZoneEndsIt() {
        Instant lateEvening = Instant.parse("2026-12-07T21:30:00Z"); // 23:30 in Riga
        PublicChangeHorizon late =
                new PublicChangeHorizon(news, registration, Clock.fixed(lateEvening, ZoneOffset.UTC));
        when(news.nextScheduledPublication(any())).thenReturn(Optional.empty());
        when(registration.nextRegistrationWindowChange(any())).thenReturn(Optional.empty());
        assertThat(late.next()).isEqualTo(Instant.parse("2026-12-07T22:00:00Z"));
        assertThat(PublicChangeHorizon.nextMidnight(lateEvening, ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
        assertThat(PublicChangeHorizon.nextMidnight(lateEvening, ZoneId.of("Europe/Riga")))
                .isEqualTo(lateEvening.plus(Duration.ofMinutes(30)));
    }

    @Test
    void theNextChangeIsReadOncePerGenerationOfThePublicData() {
        when(news.nextScheduledPublication(any())).thenReturn(Optional.of(NOW.plusSeconds(600)));
        when(registration.nextRegistrationWindowChange(any())).thenReturn(Optional.empty());
        assertThat(horizon.until(1)).isEqualTo(NOW.plusSeconds(600));
        when(news.nextScheduledPublication(any())).thenReturn(Optional.of(NOW.plusSeconds(60)));
        assertThat(horizon.until(1)).as("same generation: kept").isEqualTo(NOW.plusSeconds(600));
        assertThat(horizon.until(2)).as("a new generation reads again").isEqualTo(NOW.plusSeconds(60));
    }
}
