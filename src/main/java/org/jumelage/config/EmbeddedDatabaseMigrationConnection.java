package org.jumelage.config;

import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * On H2, Flyway migrates through a connection of its own that stays open as long as the
 * application runs, not through one of the pool's.
 *
 * <p>H2 2.4.240 has a bug (h2database issues 4302 and 4308): a check constraint with an {@code IN}
 * list keeps the session that created it, and once that session is closed every insert or update
 * of the table fails with "Check constraint invalid". A fresh embedded installation creates all its
 * tables in one pooled connection, which the pool retires after 30 minutes ({@code max-lifetime}):
 * from then on, publishing, reports and more failed until a restart (an opened database reads its
 * constraints in its own system session, which the bug does not touch). With the migrating
 * connection held here, the session lives until the application stops. PostgreSQL, and H2 with a
 * read replica (which never happens in practice), keep Spring Boot's default: Flyway uses the pool.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseMigrationConnection.OnH2.class)
@ConditionalOnExpression("'${jumelage.db.replica.url:}' == ''")
class EmbeddedDatabaseMigrationConnection {

    /**
     * The URL, user and password the pool itself was bound with (the test URL draws a random name
     * once). Not a default candidate: the application's pool stays Spring Boot's, and only Flyway
     * asks for this one by its qualifier.
     */
    @Bean(defaultCandidate = false, destroyMethod = "destroy")
    @FlywayDataSource
    SingleConnectionDataSource flywayDataSource(DataSourceProperties properties) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                properties.determineUrl(), properties.determineUsername(), properties.determinePassword(), true);
        dataSource.setAutoCommit(true);
        return dataSource;
    }

    /** True when {@code spring.datasource.url} names an H2 database. */
    static final class OnH2 implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty(EmbeddedDatabaseDurability.URL_PROPERTY);
            return url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
        }
    }
}
