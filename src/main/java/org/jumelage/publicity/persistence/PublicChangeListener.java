package org.jumelage.publicity.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.domain.PublicChanges;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, hears the changes other instances make to public data: a connection of its own
 * (outside the pool) {@code LISTEN}s on the schema's channel, which {@link PublicChangeDetector}
 * notifies when a transaction that changed public data commits. Each notice from another instance
 * moves {@link PublicChanges} on. While the connection is down the instance could miss a notice, so
 * it does not trust its cache ({@link PublicChanges#trust}); it reconnects, and after every
 * (re)connection counts everything as changed, since what happened in between is unknown. On the
 * embedded database (one instance only) it does nothing.
 */
@Component
class PublicChangeListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PublicChangeListener.class);

    /** How long one wait for notices lasts; also how soon a stop is noticed. */
    static final int POLL_MILLIS = 500;

    /** How often the connection is checked with a query while no notice comes. */
    static final Duration LIVENESS = Duration.ofSeconds(10);

    private static final Duration MOST_BACKOFF = Duration.ofSeconds(10);

    private final PublicChanges changes;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean running;
    private volatile @Nullable Thread thread;
    private volatile @Nullable Connection connection;

    PublicChangeListener(
            PublicChanges changes,
            @Value("${spring.datasource.url:}") String url,
            @Value("${spring.datasource.username:}") String username,
            @Value("${spring.datasource.password:}") String password) {
        this.changes = changes;
        this.url = url;
        this.username = username;
        this.password = password;
        if (postgres()) {
            // until it listens, another instance's change would go unheard
            changes.trust(false);
        }
    }

    private boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public void start() {
        if (!postgres() || running) {
            return;
        }
        running = true;
        Thread listening = new Thread(this::listen, "public-change-listener");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        closeQuietly(connection);
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Early: before the web server takes requests, so that the cache starts listening first. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private void listen() {
        long backoff = 250;
        while (running) {
            try (Connection listening = DriverManager.getConnection(url, username, password)) {
                connection = listening;
                String channel;
                try (Statement statement = listening.createStatement();
                        ResultSet result = statement.executeQuery("select " + PublicChangeDetector.CHANNEL_SQL)) {
                    result.next();
                    channel = result.getString(1);
                }
                try (Statement statement = listening.createStatement()) {
                    statement.execute("listen \"" + channel + "\"");
                }
                changes.trust(true);
                LOG.info("Public page cache: listening for other instances' changes on {}", channel);
                backoff = 250;
                receive(listening);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    changes.trust(false);
                    LOG.warn(
                            "Public page cache: not listening for other instances' changes ({}); retrying",
                            e.toString());
                }
            } finally {
                connection = null;
            }
            if (running) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, MOST_BACKOFF.toMillis());
            }
        }
    }

    private void receive(Connection listening) throws SQLException {
        PGConnection notices = listening.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (running) {
            PGNotification[] received = notices.getNotifications(POLL_MILLIS);
            if (received != null && received.length > 0) {
                boolean fromOthers = false;
                for (PGNotification notice : received) {
                    fromOthers |= !changes.origin().equals(notice.getParameter());
                }
                if (fromOthers) {
                    changes.changed();
                }
                checked = System.nanoTime();
            } else if (System.nanoTime() - checked > LIVENESS.toNanos()) {
                try (Statement statement = listening.createStatement()) {
                    statement.execute("select 1");
                }
                checked = System.nanoTime();
            }
        }
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing to end the wait; the loop ends anyway
            }
        }
    }
}
