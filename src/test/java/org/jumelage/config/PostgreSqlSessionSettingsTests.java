package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which pools start their connections with the PostgreSQL session settings, and that the server takes them. */
class PostgreSqlSessionSettingsTests {

    private static final String SETTINGS =
            "SET random_page_cost = 1.1; SET jit = off; SET max_parallel_workers_per_gather = 0";

    @Test
    void aPostgreSqlPoolStartsItsConnectionsWithTheSettings() {
        HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/test");

        PostgreSqlSessionSettings.apply(pool, SETTINGS);

        assertThat(pool.getConnectionInitSql()).isEqualTo(SETTINGS);
    }

    @Test
    void theEmbeddedDatabaseGetsNothing() {
        HikariDataSource pool = pool("jdbc:h2:mem:settings;MODE=PostgreSQL");

        PostgreSqlSessionSettings.apply(pool, SETTINGS);

        assertThat(pool.getConnectionInitSql()).isNull();
    }

    @Test
    void anInitStatementTheOperatorGaveWins() {
        HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/test");
        pool.setConnectionInitSql("SET work_mem = '64MB'");

        PostgreSqlSessionSettings.apply(pool, SETTINGS);

        assertThat(pool.getConnectionInitSql()).isEqualTo("SET work_mem = '64MB'");
    }

    @Test
    void emptySettingsLeaveTheServersOwn() {
        HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/test");

        PostgreSqlSessionSettings.apply(pool, " ");

        assertThat(pool.getConnectionInitSql()).isNull();
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }

    /** The application's own pool, on whichever database this test run uses. */
    @Nested
    @JumelageIntegrationTest
    class InTheApplication {

        @Autowired
        DataSource dataSource;

        @Autowired
        JdbcClient jdbc;

        @Test
        void theApplicationsConnectionsRunWithTheSettingsOnPostgreSqlOnly() throws Exception {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                assertThat(pool.getConnectionInitSql()).isEqualTo(SETTINGS);
                assertThat(jdbc.sql("show random_page_cost").query(String.class).single())
                        .isEqualTo("1.1");
                assertThat(jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
                assertThat(jdbc.sql("show max_parallel_workers_per_gather")
                                .query(String.class)
                                .single())
                        .isEqualTo("0");
            } else {
                assertThat(pool.getJdbcUrl()).startsWith("jdbc:h2:");
                assertThat(pool.getConnectionInitSql()).isNull();
            }
        }
    }
}
