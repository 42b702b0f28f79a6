package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupReportTests {

    @Test
    void hidesCredentialsInTheDatabaseAddress() {
        assertThat(StartupReport.withoutCredentials(
                        "jdbc:postgresql://db:5432/jumelage?user=app&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/jumelage?user=***&password=***&ssl=true");
        assertThat(StartupReport.withoutCredentials("jdbc:h2:file:/srv/data/database/jumelage;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/srv/data/database/jumelage;MODE=PostgreSQL");
    }
}
