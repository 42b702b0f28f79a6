package org.jumelage.publicity.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.jumelage.publicity.Publication;
import org.jumelage.publicity.persistence.PublicationStore.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The publication table on a database of its own, so that it can start empty as on a new instance. */
class PublicationStoreTests {

    SingleConnectionDataSource database;
    PublicationStore store;

    @BeforeEach
    void setUp() {
        // the same H2 mode as the application's embedded database
        database = new SingleConnectionDataSource(
                "jdbc:h2:mem:publication-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", true);
        new ResourceDatabasePopulator(
                        new ClassPathResource("db/migration/publicity/V202611212000__create_publicity_tables.sql"))
                .execute(database);
        store = new PublicationStore(JdbcClient.create(database));
    }

    @AfterEach
    void tearDown() {
        database.destroy();
    }

    @Test
    void aNewInstanceHasNoLastChangeAndNothingPublished() {
        assertThat(store.lastChange()).isEmpty();
        assertThat(store.isPublished(Subject.PROJECT, 1)).isFalse();
        assertThat(store.find(Subject.EVENT, 1)).isEqualTo(Publication.UNPUBLISHED);
    }

    @Test
    void theLastChangeIsTheLatestOfAnyFlag() {
        Instant first = Instant.parse("2026-11-01T10:00:00Z");
        Instant later = Instant.parse("2026-11-02T10:00:00Z");
        store.save(Subject.PROJECT, 1, new Publication(true, first, first), 7L, false);
        store.save(Subject.EVENT, 2, new Publication(true, later, later), 7L, false);
        store.save(Subject.PROJECT, 1, new Publication(false, first, later.minusSeconds(60)), 7L, true);

        assertThat(store.lastChange()).contains(later);
        assertThat(store.isPublished(Subject.PROJECT, 1)).isFalse();
        assertThat(store.isPublished(Subject.EVENT, 2)).isTrue();
    }
}
