package org.jumelage.config;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Says in the log, once started, where the data lives, which database is in use, and whether a
 * commit on the embedded database reaches its file before the answer (see {@link EmbeddedDatabaseDurability}).
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;
    private final String dataDirectory;

    StartupReport(DataSource dataSource, @Value("${jumelage.data-dir}") String dataDirectory) {
        this.dataSource = dataSource;
        this.dataDirectory = dataDirectory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        new JdbcTemplate(dataSource).execute((ConnectionCallback<Void>) connection -> {
            var meta = connection.getMetaData();
            log.info(
                    "Jumelage data directory: {}",
                    Path.of(dataDirectory).toAbsolutePath().normalize());
            log.info(
                    "Jumelage database: {} {} at {}",
                    meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(),
                    withoutCredentials(meta.getURL()));
            if (EmbeddedDatabaseDurability.isH2File(meta.getURL())) {
                Integer delay = writeDelay(connection);
                if (delay != null && delay == 0) {
                    log.info(
                            "Jumelage database: each commit is written to the file before the answer ({}=0)",
                            EmbeddedDatabaseDurability.SETTING);
                } else {
                    log.warn(
                            "Jumelage database: commits reach the file up to {} ms late ({}={} in the URL);"
                                    + " a crash in that time loses confirmed changes. Remove the setting or set it to 0.",
                            delay,
                            EmbeddedDatabaseDurability.SETTING,
                            delay);
                }
            }
            return null;
        });
    }

    /** H2's live write delay in milliseconds, from INFORMATION_SCHEMA.SETTINGS; null if the database has none. */
    static @Nullable Integer writeDelay(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement(
                "select setting_value from information_schema.settings where upper(setting_name) = ?")) {
            statement.setString(1, EmbeddedDatabaseDurability.SETTING);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Integer.valueOf(rows.getString(1).strip()) : null;
            }
        }
    }

    /** A JDBC URL may carry a password as a parameter; the log must not. */
    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password|user)=[^&;]*", "$1=***");
    }
}
