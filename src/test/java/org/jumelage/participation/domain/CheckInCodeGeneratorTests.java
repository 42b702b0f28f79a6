package org.jumelage.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.jumelage.participation.CheckInCode;
import org.junit.jupiter.api.Test;

class CheckInCodeGeneratorTests {

    private final CheckInCodeGenerator generator = new CheckInCodeGenerator(new SecureRandom());

    @Test
    void makesCodesThatReadBackAsThemselves() {
        for (int i = 0; i < 1000; i++) {
            String code = generator.next();
            assertThat(code).hasSize(CheckInCode.LENGTH);
            assertThat(CheckInCode.normalise(code)).hasValue(code);
            assertThat(CheckInCode.normalise(CheckInCode.display(code).toLowerCase(java.util.Locale.ROOT)))
                    .hasValue(code);
        }
    }

    @Test
    void usesTheWholeAlphabetAndRarelyRepeats() {
        Set<Character> seen = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = generator.next();
            codes.add(code);
            code.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).hasSize(CheckInCode.ALPHABET.length());
        assertThat(codes).hasSize(2000);
    }
}
