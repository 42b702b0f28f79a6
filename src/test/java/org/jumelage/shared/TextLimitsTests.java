package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLimitsTests {

    @Test
    void stripsAndTurnsBlankIntoNothing() {
        assertThat(TextLimits.stripToNull("  Cēsis \n")).isEqualTo("Cēsis");
        assertThat(TextLimits.stripToNull(" \t ")).isNull();
        assertThat(TextLimits.stripToNull(null)).isNull();
        assertThat(TextLimits.isBlank(" ")).isTrue();
        assertThat(TextLimits.isBlank(null)).isTrue();
        assertThat(TextLimits.isBlank(" x ")).isFalse();
    }

    @Test
    void tooLongCountsCharactersAndNeverRefusesNothing() {
        assertThat(TextLimits.tooLong("ābc", 3)).isFalse();
        assertThat(TextLimits.tooLong("ābcd", 3)).isTrue();
        assertThat(TextLimits.tooLong(null, 0)).isFalse();
    }
}
