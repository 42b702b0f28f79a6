package org.jumelage.config;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Says in the log, once started, where the data lives and which database is in use. */
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
        String database = new JdbcTemplate(dataSource).execute((ConnectionCallback<String>) connection -> {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at "
                    + withoutCredentials(meta.getURL());
        });
        log.info(
                "Jumelage data directory: {}",
                Path.of(dataDirectory).toAbsolutePath().normalize());
        log.info("Jumelage database: {}", database);
    }

    /** A JDBC URL may carry a password as a parameter; the log must not. */
    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password|user)=[^&;]*", "$1=***");
    }
}
