package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTests {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.daugavpils.lv", "http://example.org/path?q=1", "HTTPS://Example.ORG"})
    void acceptsHttpAndHttpsAddressesWithAHostName(String address) {
        assertThat(WebAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "www.daugavpils.lv",
                "ftp://example.org",
                "javascript:alert(1)",
                "https://localhost",
                "http://",
                "https://exa mple.org",
                ""
            })
    void refusesEverythingElse(String address) {
        assertThat(WebAddress.isValid(address)).isFalse();
    }

    @Test
    void refusesNullAndAddressesLongerThanTheLimit() {
        assertThat(WebAddress.isValid(null)).isFalse();
        String start = "https://example.org/";
        assertThat(WebAddress.isValid(start + "a".repeat(WebAddress.MAX_LENGTH - start.length())))
                .isTrue();
        assertThat(WebAddress.isValid(start + "a".repeat(WebAddress.MAX_LENGTH - start.length() + 1)))
                .isFalse();
    }
}
