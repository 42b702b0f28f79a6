package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DataDirectoryEnvironmentPostProcessorTests {

    @Test
    void makesARelativeDataDirectoryAbsolute() {
        MockEnvironment environment = new MockEnvironment().withProperty("jumelage.data-dir", "data");

        new DataDirectoryEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("jumelage.data-dir"))
                .isEqualTo(Path.of("data").toAbsolutePath().normalize().toString());
    }

    @Test
    void keepsAnAbsoluteDataDirectory() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("jumelage.data-dir", "/srv/jumelage/../jumelage");

        new DataDirectoryEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("jumelage.data-dir")).isEqualTo("/srv/jumelage");
    }
}
