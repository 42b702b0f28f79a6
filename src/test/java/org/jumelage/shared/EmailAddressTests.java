package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

    @ParameterizedTest
    @ValueSource(strings = {"name@example.org", "anna.berzina@daugavpils.lv", "a+b@mail.co.uk", "ž@pašvaldība.lv"})
    void acceptsAddressesWithADomainOfTwoLabelsOrMore(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a@b",
                "name",
                "@example.org",
                "name@",
                "name@@example.org",
                "na me@example.org",
                "name@example..org",
                "name@.example.org",
                "name@example.org.",
                " name@example.org",
                ""
            })
    void refusesWhatNoMailCanReach(String address) {
        assertThat(EmailAddress.isValid(address)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void refusesNullAndAddressesLongerThanTheLimit() {
        assertThat(EmailAddress.isValid(null)).isFalse();
        String domain = "@example.org";
        String longest = "a".repeat(EmailAddress.MAX_LENGTH - domain.length()) + domain;
        assertThat(EmailAddress.isValid(longest)).isTrue();
        assertThat(EmailAddress.isValid("a" + longest)).isFalse();
    }
}
