package org.jumelage.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the data directory (JUMELAGE_DATA_DIR, default {@code ./data}) into an absolute path
 * before anything reads it: the embedded database refuses paths that are only implicitly relative.
 */
class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "jumelage.data-dir";

    /** After the configuration files are read; {@link EmbeddedDatabaseDurability} comes next. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            return;
        }
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("jumelageDataDirectory", Map.of(PROPERTY, absolute)));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
