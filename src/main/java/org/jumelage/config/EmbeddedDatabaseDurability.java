package org.jumelage.config;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes a commit on an embedded H2 file database reach the file before the answer leaves.
 *
 * <p>H2 2.x (MVStore) writes committed changes in the background, up to {@code WRITE_DELAY}
 * milliseconds later (500 by default), so a killed process lost commits it had acknowledged. With
 * {@code WRITE_DELAY=0} the committing thread writes the changes to the file itself
 * ({@code TransactionStore.endTransaction} calls {@code MVStore.commit()} when the auto-commit
 * delay is 0). H2 reads the setting from the URL at every opening, so every H2 file URL gets it:
 * the default one and one given in JUMELAGE_DB_URL. A URL that sets WRITE_DELAY itself is kept
 * (and {@link StartupReport} warns when it is not 0). In-memory and PostgreSQL URLs are left alone.
 */
class EmbeddedDatabaseDurability implements EnvironmentPostProcessor, Ordered {

    static final String URL_PROPERTY = "spring.datasource.url";

    /** The H2 setting: the longest delay, in milliseconds, between a commit and its write to the file. */
    static final String SETTING = "WRITE_DELAY";

    private static final Pattern SETTING_IN_URL = Pattern.compile("(?i);\\s*" + SETTING + "\\s*=");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(URL_PROPERTY);
        if (url == null) {
            return;
        }
        String durable = durable(url);
        if (!durable.equals(url)) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource("jumelageDurableDatabase", Map.of(URL_PROPERTY, durable)));
        }
    }

    /** After the data directory is made absolute, which the default URL contains. */
    @Override
    public int getOrder() {
        return DataDirectoryEnvironmentPostProcessor.ORDER + 1;
    }

    /** The URL with {@code ;WRITE_DELAY=0} when it is an H2 file database that does not set the delay itself. */
    static String durable(String url) {
        if (!isH2File(url) || SETTING_IN_URL.matcher(url).find()) {
            return url;
        }
        return url + ";" + SETTING + "=0";
    }

    /** Whether the URL names an H2 database kept in a file (not in memory, not a server's). */
    static boolean isH2File(@Nullable String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = lower.substring("jdbc:h2:".length());
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }
}
