package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharactersTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Daugavpils",
                "Łódź 🎉 中文",
                "line one\r\nline two\tindented",
                "\u00a0\u202e\uFEFF",
                "DEL \u007f and C1 \u0085 are not C0"
            })
    void acceptsWhatAPersonCanType(String text) {
        assertThat(ControlCharacters.firstForbidden(text)).isEqualTo(-1);
        assertThat(ControlCharacters.acceptable(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab\u0000", "ab\u0001", "ab\u001b[31m", "ab\u0008", "ab\u001f", "ab\u000b", "ab\f"})
    void findsTheFirstC0ControlCharacterOtherThanTabAndLineBreaks(String text) {
        assertThat(ControlCharacters.firstForbidden(text)).isEqualTo(2);
        assertThat(ControlCharacters.acceptable(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab\ud800", "ab\ud800x", "ab\udc00", "ab\udc00\ud800"})
    void findsLoneSurrogates(String text) {
        assertThat(ControlCharacters.firstForbidden(text)).isEqualTo(2);
    }
}
