package org.jumelage.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jumelage.network.persistence.TownRow;
import org.jumelage.network.persistence.TownStore;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The gazetteer that ships with the application is loaded once, whole, and never twice. */
@JumelageIntegrationTest
class GazetteerLoaderIntegrationTests {

    static final int GAZETTEER_ROWS = 64_880;

    @Autowired
    GazetteerLoader loader;

    @Autowired
    TownStore towns;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theWholeGazetteerWasLoadedAtStart() {
        assertThat(towns.hasGazetteer()).isTrue();
        assertThat(towns.count()).isGreaterThanOrEqualTo(GAZETTEER_ROWS);
    }

    @Test
    void theStartWaitedForTheBackgroundLoad() {
        assertThat(loader.loaded()).isCompleted();
        assertThat(loader.loaded().join()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aSecondStartLoadsNothing() {
        long before = towns.count();

        assertThat(loader.load()).isZero();

        assertThat(towns.count()).isEqualTo(before);
    }

    @Test
    void theFileHoldsEveryRowWithItsSearchKey() {
        List<TownRow> rows = GazetteerLoader.read(new ClassPathResource(GazetteerLoader.GAZETTEER), Instant.EPOCH);

        assertThat(rows).hasSize(GAZETTEER_ROWS);
        assertThat(rows).filteredOn(row -> row.id() == 3093133).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Łódź");
            assertThat(row.searchKey()).isEqualTo("lodz");
            assertThat(row.country()).isEqualTo("PL");
            assertThat(row.region()).isEqualTo("Łódź Voivodeship");
        });
        assertThat(rows).filteredOn(row -> row.region() == null).hasSize(51);
    }

    @Test
    void aConcurrentLoadIsRefusedByThePrimaryKey() {
        TownRow daugavpils =
                GazetteerLoader.read(new ClassPathResource(GazetteerLoader.GAZETTEER), Instant.EPOCH).stream()
                        .filter(row -> row.id() == 460413)
                        .findFirst()
                        .orElseThrow();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> transaction.executeWithoutResult(status -> towns.insert(List.of(daugavpils))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
