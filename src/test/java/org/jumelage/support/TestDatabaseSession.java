package org.jumelage.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Points the whole test run at PostgreSQL when {@code jumelage.test.db.url} is set (the Maven
 * profile {@code postgres} sets it). The run gets its own schema, named by the URL's
 * {@code currentSchema}, dropped and created at the start and dropped at the end, so the database
 * is left as clean as it was found. Without the property, each Spring context uses its own
 * in-memory H2 database.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([a-z_][a-z0-9_]*)");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getProperty("jumelage.test.db.url", "");
        if (url.isBlank()) {
            return;
        }
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", System.getProperty("jumelage.test.db.user", ""));
        System.setProperty("spring.datasource.password", System.getProperty("jumelage.test.db.password", ""));
        // Spring keeps every test context (and its connection pool) open until the run ends; with
        // Hikari's default of ten idle connections each, a few dozen contexts exceed the server's
        // max_connections. A context holds one idle connection and opens at most six.
        System.setProperty("spring.datasource.hikari.minimum-idle", "1");
        System.setProperty("spring.datasource.hikari.maximum-pool-size", "6");
        String schema = schemaOf(url);
        // All contexts share this schema, so they share one file storage too, as instances of one
        // deployment do: a context's page may show an image another context stored.
        System.setProperty(
                "jumelage.storage.folder",
                java.nio.file.Path.of(
                                System.getProperty("java.io.tmpdir"),
                                "jumelage-test-files-" + schema + "-" + java.util.UUID.randomUUID())
                        .toString());
        execute(url, "drop schema if exists " + schema + " cascade", "create schema " + schema);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        String url = System.getProperty("jumelage.test.db.url", "");
        if (!url.isBlank()) {
            String schema = schemaOf(url);
            execute(url, "drop schema if exists " + schema + " cascade");
            for (String suffix : OWN_SCHEMAS) {
                execute(url, "drop schema if exists " + schema + "_" + suffix + " cascade");
            }
        }
    }

    /** Suffixes of the extra schemas tests asked for; each is dropped when the run ends. */
    private static final java.util.Set<String> OWN_SCHEMAS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * On PostgreSQL, a fresh schema of its own for a test context that needs an empty database
     * (the run's schema is shared by all contexts); the database URL to use, or empty on H2 where
     * every context has its own database anyway.
     */
    public static java.util.Optional<String> ownSchema(String suffix) {
        String url = System.getProperty("jumelage.test.db.url", "");
        if (url.isBlank()) {
            return java.util.Optional.empty();
        }
        String schema = schemaOf(url) + "_" + suffix;
        OWN_SCHEMAS.add(suffix);
        execute(url, "drop schema if exists " + schema + " cascade", "create schema " + schema);
        return java.util.Optional.of(url.replaceFirst("currentSchema=[a-z_][a-z0-9_]*", "currentSchema=" + schema));
    }

    static String schemaOf(String url) {
        Matcher matcher = SCHEMA.matcher(url);
        if (!matcher.find()) {
            throw new IllegalStateException(
                    "The test database URL must name its own schema with currentSchema=...: " + url);
        }
        return matcher.group(1);
    }

    private static void execute(String url, String... statements) {
        try (Connection connection = DriverManager.getConnection(
                        url,
                        System.getProperty("jumelage.test.db.user", ""),
                        System.getProperty("jumelage.test.db.password", ""));
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the PostgreSQL test schema at " + url, e);
        }
    }
}
