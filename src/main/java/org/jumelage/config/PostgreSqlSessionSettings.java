package org.jumelage.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The planner settings every connection to PostgreSQL starts with ({@code jumelage.db.session-sql},
 * {@code JUMELAGE_DB_SESSION_SQL}; its default, in {@code application.properties}, sets the three
 * below), run by HikariCP when it opens the connection, on the primary's pool and the replica's.
 * The embedded H2 database gets nothing.
 *
 * <ul>
 *   <li>{@code random_page_cost = 1.1}: PostgreSQL's default of 4 prices a read from an index as if
 *       the table were on a spinning disk, so for an organisation's 500 projects it read all 340,000
 *       delegations of the EU-size data set rather than look up the 8,681 it needs (90 ms against
 *       36 ms). 1.1 is the usual value for SSDs and for data that stays in memory.
 *   <li>{@code jit = off}: the application's statements are short; compiling them took longer than
 *       it saved (7–8 ms of JIT in a 15 ms count).
 *   <li>{@code max_parallel_workers_per_gather = 0}: no parallel workers for one statement. Each
 *       request is one connection among many; a worker takes a core another request needs and
 *       costs its own start. On two cores a dashboard's grouped count took 58–85 ms with one worker
 *       and 29–38 ms without, the dashboard 322 → 241 ms and the open data's participation file
 *       18.4 → 6.3 s.
 * </ul>
 *
 * <p>A deployment that tunes its server itself sets {@code JUMELAGE_DB_SESSION_SQL} to empty (or
 * to its own statements); {@code spring.datasource.hikari.connection-init-sql}, when given, wins.
 */
@Configuration(proxyBeanMethods = false)
class PostgreSqlSessionSettings {

    @Bean
    static BeanPostProcessor postgreSqlSessionStatements(Environment environment) {
        String sql = environment.getProperty("jumelage.db.session-sql", "");
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    apply(pool, sql);
                }
                return bean;
            }
        };
    }

    /** Sets the statements as the pool's connection init SQL when it connects to PostgreSQL and has none. */
    static void apply(HikariDataSource pool, String sql) {
        String url = pool.getJdbcUrl();
        if (url != null
                && url.startsWith("jdbc:postgresql:")
                && StringUtils.hasText(sql)
                && !StringUtils.hasText(pool.getConnectionInitSql())) {
            pool.setConnectionInitSql(sql);
        }
    }
}
