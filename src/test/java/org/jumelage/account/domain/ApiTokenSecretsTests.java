package org.jumelage.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenSecretsTests {

    @Test
    void secretsArePrefixedLongAndUnique() {
        ApiTokenSecrets secrets = new ApiTokenSecrets();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = secrets.newSecret();
            assertThat(secret).startsWith("jmlg_").hasSize(5 + 43).matches("jmlg_[A-Za-z0-9_-]+");
            assertThat(seen.add(secret)).isTrue();
        }
    }

    @Test
    void linkSecretsAre32RandomBytesWithoutTheTokenPrefix() {
        ApiTokenSecrets secrets = new ApiTokenSecrets();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = secrets.newLinkSecret();
            assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+").doesNotStartWith("jmlg_");
            assertThat(seen.add(secret)).isTrue();
        }
    }

    @Test
    void hashIsSha256InHexAndNeverTheSecret() {
        String hash = ApiTokenSecrets.hash("jmlg_example");

        assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain("example");
        assertThat(ApiTokenSecrets.hash("jmlg_example")).isEqualTo(hash);
        assertThat(ApiTokenSecrets.hash("jmlg_examplf")).isNotEqualTo(hash);
    }

    @Test
    void shownPrefixIsTheFirstTenCharacters() {
        assertThat(ApiTokenSecrets.shownPrefix("jmlg_abcdefghij")).isEqualTo("jmlg_abcde");
    }
}
