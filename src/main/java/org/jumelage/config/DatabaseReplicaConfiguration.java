package org.jumelage.config;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * Read-only transactions on a read replica, when {@code JUMELAGE_DB_REPLICA_URL} is set: two
 * connection pools, the primary's ({@code spring.datasource.*}, as without a replica) and the
 * replica's, behind one {@link LazyConnectionDataSourceProxy}, the application's
 * {@link DataSource}. The proxy takes a real connection only at the first statement, from the
 * replica when the transaction is {@code @Transactional(readOnly = true)} (Spring marks its
 * connection read-only before that) and from the primary otherwise: every read-write transaction,
 * work outside a transaction, and Flyway's migrations ({@link FlywayDataSource}). A replica lags
 * behind the primary, so a read-only transaction may not yet see what was just committed: the
 * requests that write, and a browser's requests for a few seconds after, read the primary
 * ({@link ReadYourWritesFilter}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DatabaseReplicaConfiguration.ReplicaConfigured.class)
@EnableConfigurationProperties({DataSourceProperties.class, DatabaseReplicaProperties.class})
class DatabaseReplicaConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseReplicaConfiguration.class);

    /** The primary's pool, built from {@code spring.datasource.*} as Spring Boot builds it without a replica. */
    @Bean
    @FlywayDataSource
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties properties) {
        HikariDataSource pool = properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        pool.setPoolName("primary");
        return pool;
    }

    /** The replica's pool, with the primary's user and password unless the replica's are given. */
    @Bean
    HikariDataSource replicaDataSource(DataSourceProperties primary, DatabaseReplicaProperties replica) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("replica");
        pool.setJdbcUrl(replica.url());
        pool.setUsername(StringUtils.hasText(replica.username()) ? replica.username() : primary.determineUsername());
        pool.setPassword(StringUtils.hasText(replica.password()) ? replica.password() : primary.determinePassword());
        pool.setReadOnly(true);
        if (replica.maximumPoolSize() > 0) {
            pool.setMaximumPoolSize(replica.maximumPoolSize());
        }
        return pool;
    }

    @Bean
    @Primary
    DataSource dataSource(
            @Qualifier("primaryDataSource") DataSource primary, @Qualifier("replicaDataSource") DataSource replica) {
        LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
        routing.setReadOnlyDataSource(new ReadYourWritesFilter.ReplicaUnlessRecentWrite(replica, primary));
        LOG.info("Read-only transactions go to the replica database; writes and migrations to the primary");
        return routing;
    }

    /** Reads on the primary during and just after a browser's writes (see {@link ReadYourWritesFilter}). */
    @Bean
    FilterRegistrationBean<ReadYourWritesFilter> readYourWritesFilter(DatabaseReplicaProperties replica) {
        FilterRegistrationBean<ReadYourWritesFilter> registration =
                new FilterRegistrationBean<>(new ReadYourWritesFilter(replica.readPrimaryAfterWrite()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** True when {@code jumelage.db.replica.url} has text (an empty setting means no replica). */
    static final class ReplicaConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("jumelage.db.replica.url"));
        }
    }
}
