package org.jumelage.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules of one reset link: usable once, until it expires, unless a newer link replaced it. */
class PasswordResetTests {

    static final Instant NOW = Instant.parse("2026-12-06T14:00:00Z");
    static final Instant EXPIRES = NOW.plus(Duration.ofHours(1));

    static PasswordReset link() {
        return PasswordReset.withLink(7L, "jana@example.org", ApiTokenSecrets.hash("secret"), NOW, EXPIRES, "10.0.0.1");
    }

    @Test
    void aLinkIsUsableUntilItExpires() {
        PasswordReset reset = link();

        assertThat(reset.isUsableAt(NOW)).isTrue();
        assertThat(reset.isUsableAt(EXPIRES.minusSeconds(1))).isTrue();
        assertThat(reset.isUsableAt(EXPIRES)).isFalse();
        assertThat(reset.isUsableAt(EXPIRES.plusSeconds(1))).isFalse();
    }

    @Test
    void aLinkWorksOnce() {
        PasswordReset reset = link();

        reset.use(NOW.plusSeconds(60));

        assertThat(reset.isUsableAt(NOW.plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> reset.use(NOW.plusSeconds(62))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExpiredLinkCannotBeUsed() {
        PasswordReset reset = link();

        assertThatThrownBy(() -> reset.use(EXPIRES)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReplacedLinkNoLongerWorks() {
        PasswordReset reset = link();

        reset.replace(NOW.plusSeconds(10));

        assertThat(reset.isUsableAt(NOW.plusSeconds(11))).isFalse();
        assertThatThrownBy(() -> reset.use(NOW.plusSeconds(12))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRequestWithoutALinkIsNeverUsable() {
        PasswordReset reset = PasswordReset.withoutLink(null, "nobody@example.org", NOW, "10.0.0.1");

        assertThat(reset.isUsableAt(NOW)).isFalse();
        assertThat(reset.userId()).isNull();
    }
}
