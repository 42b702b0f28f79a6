package org.jumelage.publicity.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.domain.PublicChanges;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Learns of every committed change that may alter a public page, whatever made it (JPA, plain
 * JDBC, a module that publishes no event): the application's {@link DataSource} hands out
 * connections that watch the SQL they run ({@link PublicDataWrites}). When a transaction that
 * wrote such a change commits, the instance's {@link PublicChanges} moves on; on PostgreSQL the
 * transaction first sends a notification to the other instances ({@code pg_notify}, delivered only
 * when, and only if, the transaction commits), which {@link PublicChangeListener} receives.
 * A statement run outside a transaction (auto-commit) is reported when its connection is closed.
 */
@Component
class PublicChangeDetector implements BeanPostProcessor {

    /** The channel of this database schema's notices: instances of another schema do not hear them. */
    static final String CHANNEL_SQL = "'jumelage_pages_' || left(md5(current_schema()), 16)";

    private final ObjectProvider<PublicChanges> changes;

    PublicChangeDetector(ObjectProvider<PublicChanges> changes) {
        this.changes = changes;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Watching)) {
            return new Watching(dataSource, changes);
        }
        return bean;
    }

    /** The data source whose connections watch their writes. */
    static final class Watching extends DelegatingDataSource {

        private final ObjectProvider<PublicChanges> changes;

        Watching(DataSource target, ObjectProvider<PublicChanges> changes) {
            super(target);
            this.changes = changes;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watch(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watch(obtainTargetDataSource().getConnection(username, password));
        }

        private Connection watch(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    new WatchedConnection(connection, changes));
        }
    }

    /** One connection: whether its transaction wrote something public, and what to do at its end. */
    private static final class WatchedConnection implements InvocationHandler {

        private final Connection target;
        private final ObjectProvider<PublicChanges> changes;
        private boolean changed;

        WatchedConnection(Connection target, ObjectProvider<PublicChanges> changes) {
            this.target = target;
            this.changes = changes;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
            switch (method.getName()) {
                case "prepareStatement", "prepareCall", "nativeSQL" -> note((String) args[0]);
                case "commit" -> {
                    return commit(() -> call(method, args));
                }
                case "setAutoCommit" -> {
                    // switching auto-commit on commits the transaction (JDBC)
                    if (Boolean.TRUE.equals(args[0]) && changed && !target.getAutoCommit()) {
                        return commit(() -> call(method, args));
                    }
                }
                case "rollback" -> {
                    if (args == null || args.length == 0) {
                        changed = false;
                    }
                }
                case "close" -> {
                    if (changed && !target.isClosed() && target.getAutoCommit()) {
                        // written in auto-commit mode: already committed statement by statement
                        announce();
                        changed = false;
                        report();
                    }
                    changed = false;
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {}
            }
            Object result = call(method, args);
            if (result instanceof Statement statement && !(result instanceof java.sql.PreparedStatement)) {
                return watch(statement);
            }
            return result;
        }

        private @Nullable Object commit(SqlCall commit) throws Throwable {
            boolean wrote = changed;
            if (wrote) {
                announce();
            }
            Object result = commit.call();
            changed = false;
            if (wrote) {
                report();
            }
            return result;
        }

        private void note(@Nullable String sql) {
            if (!changed && sql != null && PublicDataWrites.mayChangePublicPages(sql)) {
                changed = true;
            }
        }

        /** On PostgreSQL, tells the other instances, inside the transaction: they hear it once it commits. */
        private void announce() throws SQLException {
            if (!target.isWrapperFor(PGConnection.class)) {
                return;
            }
            PublicChanges known = changes.getIfAvailable();
            try (var notify = target.prepareStatement("select pg_notify(" + CHANNEL_SQL + ", ?)")) {
                notify.setString(1, known == null ? "" : known.origin());
                notify.execute();
            }
        }

        private void report() {
            PublicChanges known = changes.getIfAvailable();
            if (known != null) {
                known.changed();
            }
        }

        private @Nullable Object call(Method method, Object @Nullable [] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /** A plain statement takes its SQL at execution: watched there. */
        private Statement watch(Statement statement) {
            return (Statement) Proxy.newProxyInstance(
                    Statement.class.getClassLoader(), new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                        if (args != null
                                && args.length > 0
                                && args[0] instanceof String sql
                                && (method.getName().startsWith("execute")
                                        || method.getName().equals("addBatch"))) {
                            note(sql);
                        }
                        try {
                            return method.invoke(statement, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @FunctionalInterface
        private interface SqlCall {
            @Nullable
            Object call() throws Throwable;
        }
    }
}
