package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps checking a constraint after the connection that created it is gone.
 * Flyway creates the tables through a pooled connection, and the pool retires every connection
 * after 30 minutes; with H2 2.4.240 a check constraint with an {@code IN} list (such as
 * {@code publication_type}) then failed every insert with "Check constraint invalid" until the
 * application was restarted (issue 17: seen in a test run of more than 30 minutes).
 */
class EmbeddedDatabaseCheckConstraintTests {

    @Test
    void aCheckConstraintStillWorksAfterTheConnectionThatCreatedItIsClosed() throws Exception {
        String url =
                "jdbc:h2:mem:check-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (Connection open = DriverManager.getConnection(url)) {
            try (Connection migration = DriverManager.getConnection(url);
                    Statement create = migration.createStatement()) {
                create.execute("create table publication (subject_type varchar(20) not null"
                        + " constraint publication_type check (subject_type in ('PROJECT', 'EVENT')))");
            }
            try (Connection later = DriverManager.getConnection(url);
                    Statement insert = later.createStatement()) {
                insert.execute("insert into publication values ('EVENT')");
                assertThat(insert.executeUpdate("insert into publication values ('PROJECT')"))
                        .isEqualTo(1);
                assertThatThrownBy(() -> insert.execute("insert into publication values ('NEWS')"))
                        .hasMessageContaining("publication_type");
                try (ResultSet rows = insert.executeQuery("select count(*) from publication")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(2);
                }
            }
            assertThat(open.isClosed()).isFalse();
        }
    }
}
