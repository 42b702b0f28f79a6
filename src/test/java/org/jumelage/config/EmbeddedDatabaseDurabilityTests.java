package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The embedded database's URL, as the application resolves it, opens a database that writes each
 * commit to its file before the commit returns: H2's live WRITE_DELAY is 0 (H2's own default is 500 ms).
 */
class EmbeddedDatabaseDurabilityTests {

    @TempDir
    Path dataDirectory;

    @Test
    void theDefaultEmbeddedDatabaseWritesEachCommitToItsFile() throws Exception {
        String url = resolvedUrl(null);

        assertThat(url).startsWith("jdbc:h2:file:" + dataDirectory);
        assertThat(liveWriteDelay(url)).isZero();
    }

    @Test
    void anH2FileUrlGivenByTheOperatorWritesEachCommitToItsFileToo() throws Exception {
        String url = resolvedUrl("jdbc:h2:file:" + dataDirectory.resolve("own") + ";MODE=PostgreSQL");

        assertThat(url).isEqualTo("jdbc:h2:file:" + dataDirectory.resolve("own") + ";MODE=PostgreSQL;WRITE_DELAY=0");
        assertThat(liveWriteDelay(url)).isZero();
    }

    @Test
    void anExplicitWriteDelayIsKeptAndSeenByTheStartupReport() throws Exception {
        String given = "jdbc:h2:file:" + dataDirectory.resolve("slow") + ";write_delay=300";

        assertThat(resolvedUrl(given)).isEqualTo(given);
        assertThat(liveWriteDelay(given)).isEqualTo(300);
    }

    @Test
    void leavesOtherDatabasesAlone() {
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:postgresql://db:5432/jumelage"))
                .isEqualTo("jdbc:postgresql://db:5432/jumelage");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:mem:test;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:mem:test;MODE=PostgreSQL");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:tcp://localhost/~/test"))
                .isEqualTo("jdbc:h2:tcp://localhost/~/test");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:./data/database/jumelage"))
                .isEqualTo("jdbc:h2:./data/database/jumelage;WRITE_DELAY=0");
    }

    /** The datasource URL after application.properties and the application's environment post-processors. */
    private String resolvedUrl(String givenUrl) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        // Only application.properties and the variables below: the PostgreSQL test run sets
        // spring.datasource.url as a system property, and the machine may set JUMELAGE_DB_URL.
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        MockEnvironment overrides = new MockEnvironment().withProperty("JUMELAGE_DATA_DIR", dataDirectory.toString());
        if (givenUrl != null) {
            overrides.withProperty("JUMELAGE_DB_URL", givenUrl);
        }
        environment
                .getPropertySources()
                .addFirst(overrides.getPropertySources().iterator().next());
        SpringApplication application = new SpringApplication();
        new DataDirectoryEnvironmentPostProcessor().postProcessEnvironment(environment, application);
        new EmbeddedDatabaseDurability().postProcessEnvironment(environment, application);
        return environment.getRequiredProperty(EmbeddedDatabaseDurability.URL_PROPERTY);
    }

    private static Integer liveWriteDelay(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            return StartupReport.writeDelay(connection);
        }
    }
}
