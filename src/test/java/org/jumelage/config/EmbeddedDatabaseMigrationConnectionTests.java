package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tables with a check constraint over an {@code IN} list still take rows after the pool has replaced
 * every connection it had, the migrating one included (on H2 2.4.240 such a constraint broke once the
 * session that created it closed; see {@link EmbeddedDatabaseMigrationConnection}).
 */
@JumelageIntegrationTest
class EmbeddedDatabaseMigrationConnectionTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCheckedTableTakesRowsAfterThePoolReplacedItsConnections() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        pool.getHikariPoolMXBean().softEvictConnections();
        long subject = 900_000_000L + System.nanoTime() % 1_000_000L;

        int stored = jdbc.sql("insert into publication (subject_type, subject_id, published, changed_at)"
                        + " values ('EVENT', :id, false, :now)")
                .param("id", subject)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();

        assertThat(stored).isEqualTo(1);
        assertThat(jdbc.sql("select subject_type from publication where subject_type = 'EVENT' and subject_id = :id")
                        .param("id", subject)
                        .query(String.class)
                        .single())
                .isEqualTo("EVENT");
        jdbc.sql("delete from publication where subject_type = 'EVENT' and subject_id = :id")
                .param("id", subject)
                .update();
    }
}
