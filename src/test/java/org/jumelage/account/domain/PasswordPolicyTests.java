package org.jumelage.account.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.jumelage.account.AccountException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    static final PasswordPolicy POLICY = PasswordPolicy.withBuiltInList();

    @Test
    void acceptsALongUncommonPassword() {
        assertThatCode(() -> POLICY.check("Daugavpils-Latgale-2018", "jana@example.org"))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsExactlyTwelveCharacters() {
        assertThatCode(() -> POLICY.check("Kx7#mQ2!vR9z", "jana@example.org")).doesNotThrowAnyException();
    }

    @Test
    void refusesElevenCharacters() {
        assertThatThrownBy(() -> POLICY.check("Kx7#mQ2!vR9", "jana@example.org"))
                .isInstanceOfSatisfying(
                        AccountException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo("account.password-too-short"));
    }

    @Test
    void countsCharactersNotBytes() {
        // Twelve letters, several of them two bytes long in UTF-8.
        assertThatCode(() -> POLICY.check("ĀČĒĢĪĶĻŅŠŪŽā", "jana@example.org")).doesNotThrowAnyException();
    }

    @Test
    void refusesMoreThanTwoHundredCharacters() {
        assertThatThrownBy(() -> POLICY.check("a1".repeat(101), "jana@example.org"))
                .isInstanceOfSatisfying(
                        AccountException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo("account.password-too-long"));
    }

    @Test
    void refusesTheEmailAsPassword() {
        assertThatThrownBy(() -> POLICY.check("Jana.Uzulina@Example.org", "jana.uzulina@example.org"))
                .isInstanceOfSatisfying(
                        AccountException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo("account.password-is-email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123456", "QWERTY123456", "1qaz2wsx3edc", "123qweasdzxc", "password1234"})
    void refusesCommonPasswordsIgnoringCase(String common) {
        assertThatThrownBy(() -> POLICY.check(common, "jana@example.org"))
                .isInstanceOfSatisfying(
                        AccountException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo("account.password-common"));
    }

    @Test
    void usesTheListItIsGiven() {
        PasswordPolicy policy = new PasswordPolicy(Set.of("Twinning-Town-2018"));

        assertThatThrownBy(() -> policy.check("twinning-town-2018", "a@example.org"))
                .isInstanceOf(AccountException.class);
        assertThatCode(() -> policy.check("qwerty123456", "a@example.org")).doesNotThrowAnyException();
    }
}
